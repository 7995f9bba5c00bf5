/**
 * What every AdminQueries must answer about the same seeded answer log, votes and tickets. A
 * store's test file calls `describeAdminQueriesContract` with a function that seeds a fresh,
 * empty store (through `seedStore`) and opens the queries on it.
 */
import { AdminQueries } from '../../bot/store/admin-queries';
import { SAMPLE_LOG, SeededAnswer } from '../support/seed-answer-log';

export type OpenSeededQueries = (answers: SeededAnswer[]) => Promise<AdminQueries>;

const WITH_PERSONNUMMER: SeededAnswer = { at: '2026-11-13T08:00:00.000Z', question: 'Mitt personnummer är 19121212-1212, får jag?', answered: false };

export function describeAdminQueriesContract(name: string, open: OpenSeededQueries): void {
  describe(`AdminQueries contract: ${name}`, () => {
    let queries: AdminQueries;
    beforeAll(async () => {
      queries = await open([...SAMPLE_LOG, WITH_PERSONNUMMER]);
    }, 30_000);
    afterAll(async () => queries?.close());

    it('lists unanswered, voted-down and escalated questions, oldest first, redacted', async () => {
      const found = await queries.questionsToImprove();
      expect(found.map((f) => [f.at, f.reason])).toEqual([
        ['2026-11-02T09:00:00.000Z', 'unanswered'],
        ['2026-11-03T10:00:00.000Z', 'unanswered'],
        ['2026-11-10T11:00:00.000Z', 'unanswered'],
        ['2026-11-10T12:00:00.000Z', 'not_helpful'],
        ['2026-11-12T14:00:00.000Z', 'escalated'],
        ['2026-11-13T08:00:00.000Z', 'unanswered'],
      ]);
      expect(found[4]).toEqual({ question: 'Vem beslutar om Dropbox?', language: 'sv', at: '2026-11-12T14:00:00.000Z', reason: 'escalated' });
      expect(found[5].question).toBe('Mitt personnummer är [personnummer], får jag?');
      expect(JSON.stringify(found)).not.toContain('1212');
    });

    it('filters by --since', async () => {
      const found = await queries.questionsToImprove('2026-11-10T11:30:00.000Z');
      expect(found.map((f) => f.reason)).toEqual(['not_helpful', 'escalated', 'unanswered']);
      expect((await queries.answerFacts('2026-11-11T00:00:00.000Z')).map((f) => f.at)).toEqual([
        '2026-11-11T08:00:00.000Z', '2026-11-11T08:30:00.000Z', '2026-11-12T14:00:00.000Z', '2026-11-13T08:00:00.000Z',
      ]);
      expect(await queries.votes('2026-11-11T00:00:00.000Z')).toEqual([
        { at: '2026-11-11T08:00:00.000Z', vote: 'helpful' },
        { at: '2026-11-11T08:30:00.000Z', vote: 'helpful' },
      ]);
    });

    it('reads answers, votes and ticket counts', async () => {
      const facts = await queries.answerFacts();
      expect(facts).toHaveLength(8);
      expect(facts[0]).toEqual({ at: '2026-11-02T09:00:00.000Z', answered: false, vote: null });
      expect(facts[3]).toEqual({ at: '2026-11-10T12:00:00.000Z', answered: true, vote: 'not_helpful' });
      expect(facts.filter((f) => f.answered)).toHaveLength(4);
      expect((await queries.votes()).map((v) => v.vote)).toEqual(['not_helpful', 'helpful', 'helpful']);
      expect(await queries.ticketCounts()).toEqual({ open: 1, claimed: 0, answered: 0, closed: 0, reopened: 0 });
    });
  });

  describe(`AdminQueries contract: ${name}, nothing logged yet`, () => {
    let queries: AdminQueries;
    beforeAll(async () => {
      queries = await open([]);
    }, 30_000);
    afterAll(async () => queries?.close());

    it('finds nothing to improve and counts no tickets', async () => {
      expect(await queries.questionsToImprove()).toEqual([]);
      expect(await queries.answerFacts()).toEqual([]);
      expect(await queries.votes()).toEqual([]);
      expect(await queries.ticketCounts()).toEqual({ open: 0, claimed: 0, answered: 0, closed: 0, reopened: 0 });
    });
  });
}
