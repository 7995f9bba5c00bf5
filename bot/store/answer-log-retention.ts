/**
 * Deletes answers, their feedback and conversation contexts older than the retention period
 * (ANSWER_LOG_RETENTION_DAYS): once at start and then every few hours, so nothing stays longer
 * than the organisation's rules allow, whatever the bot's uptime.
 */
import { AnswerLog, PurgeResult } from './answer-log';
import { Logger } from '../logging/create-logger';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A few hours: an entry outlives its retention by at most this much. */
export const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

export interface AnswerLogRetentionOptions {
  log: Pick<AnswerLog, 'purgeBefore'>;
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  everyMs?: number;
}

export class AnswerLogRetention {
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: AnswerLogRetentionOptions) {
    if (!Number.isInteger(options.retentionDays) || options.retentionDays < 1) throw new RangeError('retentionDays must be a whole number ≥ 1');
    this.now = options.now ?? (() => new Date());
  }

  /** Purges now; the caller sees a failure (a broken store should not go unnoticed at start). */
  async purgeNow(): Promise<PurgeResult> {
    const before = new Date(this.now().getTime() - this.options.retentionDays * DAY_MS);
    const result = await this.options.log.purgeBefore(before);
    this.options.logger.info({ ...result, before: before.toISOString(), retentionDays: this.options.retentionDays }, 'answer log purged past retention');
    return result;
  }

  /** Purges once (the caller sees a failure), then every few hours. */
  async start(): Promise<void> {
    await this.purgeNow();
    this.timer = setInterval(() => {
      // Logged and tried again next round: a locked file or a lost connection now is no reason to stop the bot.
      this.purgeNow().catch((error: unknown) => this.options.logger.error({ err: error }, 'answer log purge failed'));
    }, this.options.everyMs ?? PURGE_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
