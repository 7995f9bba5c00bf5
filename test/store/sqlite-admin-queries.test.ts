import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteAdminQueries } from '../../bot/store/sqlite-admin-queries';
import { SAMPLE_LOG, seedAnswerLog } from '../support/seed-answer-log';

describe('SqliteAdminQueries on a real store file', () => {
  let dataDir: string;
  let queries: SqliteAdminQueries;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-admin-q-'));
    await seedAnswerLog(dataDir, [...SAMPLE_LOG, { at: '2026-11-13T08:00:00.000Z', question: 'Mitt personnummer är 19121212-1212, får jag?', answered: false }]);
    queries = SqliteAdminQueries.open(dataDir);
  });
  afterAll(async () => {
    await queries.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists unanswered, voted-down and escalated questions, oldest first, redacted', async () => {
    const found = await queries.questionsToImprove();
    expect(found.map((f) => [f.at.slice(0, 10), f.reason])).toEqual([
      ['2026-11-02', 'unanswered'],
      ['2026-11-03', 'unanswered'],
      ['2026-11-10', 'unanswered'],
      ['2026-11-10', 'not_helpful'],
      ['2026-11-12', 'escalated'],
      ['2026-11-13', 'unanswered'],
    ]);
    expect(found[4].question).toBe('Vem beslutar om Dropbox?');
    expect(JSON.stringify(found)).not.toContain('1212');
  });

  it('filters by --since', async () => {
    const found = await queries.questionsToImprove('2026-11-10T11:30:00.000Z');
    expect(found.map((f) => f.reason)).toEqual(['not_helpful', 'escalated', 'unanswered']);
  });

  it('reads answers, votes and ticket counts', async () => {
    const facts = await queries.answerFacts();
    expect(facts).toHaveLength(8);
    expect(facts.filter((f) => f.answered)).toHaveLength(4);
    expect((await queries.votes()).map((v) => v.vote)).toEqual(['not_helpful', 'helpful', 'helpful']);
    expect(await queries.ticketCounts()).toEqual({ open: 1, claimed: 0, answered: 0, closed: 0, reopened: 0 });
  });

});
