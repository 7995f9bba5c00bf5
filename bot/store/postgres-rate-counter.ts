/**
 * Rate limits in PostgreSQL, shared by every instance: one row per key holding its window's
 * hits and end. A hit is one INSERT … ON CONFLICT DO UPDATE, which locks the row, so hits that
 * arrive at once on two instances are counted one after the other and never past the limit.
 * Rows whose window has ended are deleted now and then.
 */
import { Queryable } from './postgres-queryable';
import { RateCounter } from './rate-counter';

/** How often an instance deletes ended windows (ms); between sweeps they are only overwritten. */
const SWEEP_EVERY_MS = 60_000;

export class PostgresRateCounter implements RateCounter {
  private lastSweep = 0;

  constructor(private readonly db: Queryable) {}

  async takeRate(key: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
    await this.sweepNowAndThen(now);
    // A new or ended window starts over at 1; otherwise a hit counts while there is room. When
    // the WHERE fails, nothing is written and nothing returned: refused.
    const { rows } = await this.db.query<{ hits: number }>(
      `INSERT INTO rate_windows AS w (key, hits, ends_at) VALUES ($1, 1, $3)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.ends_at <= $2 THEN 1 ELSE w.hits + 1 END,
         ends_at = CASE WHEN w.ends_at <= $2 THEN excluded.ends_at ELSE w.ends_at END
       WHERE w.ends_at <= $2 OR w.hits < $4
       RETURNING hits`,
      [key, now, new Date(now.getTime() + windowMs), limit],
    );
    return rows.length === 1;
  }

  async rateHits(key: string, now: Date): Promise<number> {
    const { rows } = await this.db.query<{ hits: number }>('SELECT hits FROM rate_windows WHERE key = $1 AND ends_at > $2', [key, now]);
    return rows[0]?.hits ?? 0;
  }

  private async sweepNowAndThen(now: Date): Promise<void> {
    if (Math.abs(now.getTime() - this.lastSweep) < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    await this.db.query('DELETE FROM rate_windows WHERE ends_at <= $1', [now]);
  }
}
