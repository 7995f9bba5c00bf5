/**
 * Retention on a real SQLite file: answers, their feedback and conversation contexts older
 * than ANSWER_LOG_RETENTION_DAYS are deleted; newer ones stay, votes and all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore, STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { AnswerLogRetention } from '../../bot/store/answer-log-retention';
import { NewLoggedAnswer } from '../../bot/store/answer-log';
import { cannedAnswer } from '../support/fake-engine';
import { captureLogs } from '../support/log-capture';

let dir: string;
let clock: Date;
let store: SqliteStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-retention-'));
  clock = new Date('2026-01-01T08:00:00Z');
  store = SqliteStore.open(dir, { now: () => clock });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function entry(question: string): NewLoggedAnswer {
  const answer = cannedAnswer(question);
  return { userHash: 'a'.repeat(32), question, language: 'sv', channel: 'msteams', knowledgeVersion: 'abc123def456', botAnswer: { verdict: answer.verdict, answered: true, answer: answer.answer, citations: answer.citations }, answer };
}

const count = (table: string) => {
  const db = new Database(path.join(dir, STORE_FILE_NAME), { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the answer log past retention', () => {
  it('deletes entries older than the retention period with their feedback and contexts, and keeps the rest', async () => {
    const old = await store.logAnswer(entry('Gammal fråga?'));
    await store.recordVote(old.id, 'not_helpful');
    await store.recordVoteReason(old.id, 'outdated');
    await store.rememberContext('msteams|a:1old', { facets: { services: ['teams'], data: ['health'] }, kind: 'verdict', citedIds: [] });

    clock = new Date('2026-03-15T08:00:00Z');
    const recent = await store.logAnswer(entry('Ny fråga?'));
    await store.recordVote(recent.id, 'helpful');
    await store.rememberContext('msteams|a:1recent', { facets: { services: ['zoom'], data: [] }, kind: 'verdict', citedIds: [] });

    clock = new Date('2026-04-05T08:00:00Z');
    const logs = captureLogs('info');
    const result = await new AnswerLogRetention({ log: store, retentionDays: 90, logger: logs.logger, now: () => clock }).purgeNow();

    expect(result).toEqual({ answers: 1, feedback: 1, contexts: 1 });
    expect(await store.answerById(old.id)).toBeUndefined();
    expect(await store.answerById(recent.id)).toMatchObject({ question: 'Ny fråga?', vote: 'helpful' });
    expect((await store.listFeedback()).map((f) => f.question)).toEqual(['Ny fråga?']);
    expect(count('answers')).toBe(1);
    expect(count('conversation_contexts')).toBe(1);
    expect(await store.recallContext('msteams|a:1recent', Number.MAX_SAFE_INTEGER)).toMatchObject({ facets: { services: ['zoom'] } });
    expect(logs.entries().find((l) => l.msg === 'answer log purged past retention')).toMatchObject({ answers: 1, feedback: 1, contexts: 1, retentionDays: 90 });
  });

  it('keeps an entry exactly as old as the retention period', async () => {
    const kept = await store.logAnswer(entry('På gränsen?'));
    clock = new Date(clock.getTime() + 90 * 24 * 60 * 60 * 1000);
    expect(await store.purgeBefore(new Date(clock.getTime() - 90 * 24 * 60 * 60 * 1000))).toEqual({ answers: 0, feedback: 0, contexts: 0 });
    expect(await store.answerById(kept.id)).toBeDefined();
  });

  it('refuses a retention period that is not a whole number of days', () => {
    expect(() => new AnswerLogRetention({ log: store, retentionDays: 0, logger: captureLogs('info').logger })).toThrow(RangeError);
  });
});

describe('a vote reason', () => {
  it('is kept on the vote, and a new vote clears it', async () => {
    const logged = await store.logAnswer(entry('Fråga?'));
    await expect(store.recordVoteReason(logged.id, 'other')).rejects.toThrow(/No vote/);
    await store.recordVote(logged.id, 'not_helpful');
    await store.recordVoteReason(logged.id, 'wrong_verdict');
    expect(await store.answerById(logged.id)).toMatchObject({ vote: 'not_helpful', reason: 'wrong_verdict' });
    await store.recordVote(logged.id, 'helpful');
    expect(await store.answerById(logged.id)).toMatchObject({ vote: 'helpful', reason: null });
  });
});
