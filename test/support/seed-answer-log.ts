/**
 * Fills a real store's answer log, votes and tickets at chosen times: the data behind the admin
 * page's panels and `npm run answers`. SQLite by default; any Store through `seedStore`.
 */
import { SqliteStore } from '../../bot/store/sqlite-store';
import { Store } from '../../bot/store/store';
import { Vote } from '../../bot/store/feedback-store';
import { Language } from '../../bot/engine/types';
import { cannedAnswer } from './fake-engine';
import { newTicket, ASKER } from '../store/ticket-store-contract';

export interface SeededAnswer {
  at: string;
  question: string;
  answered: boolean;
  vote?: Vote;
  language?: Language;
  escalated?: boolean;
}

/** Seeds the SQLite store under `dataDir`. */
export async function seedAnswerLog(dataDir: string, answers: SeededAnswer[]): Promise<void> {
  await seedStore(async (now) => SqliteStore.open(dataDir, { now }), answers);
}

/** Opens a store on the given clock, which is moved to each answer's time before it is logged; closes it after. */
export async function seedStore(open: (now: () => Date) => Promise<Store>, answers: SeededAnswer[]): Promise<void> {
  let now = new Date(0);
  const store = await open(() => now);
  try {
    for (const seed of answers) {
      now = new Date(seed.at);
      const answer = cannedAnswer(seed.question, { answered: seed.answered, verdict: seed.answered ? 'pending' : null, language: seed.language ?? 'sv' });
      const logged = await store.logAnswer({
        userHash: 'user-hash',
        question: seed.question,
        language: seed.language ?? 'sv',
        channel: 'msteams',
        knowledgeVersion: 'abc',
        botAnswer: { verdict: answer.verdict, answered: answer.answered, answer: answer.answer, citations: answer.citations },
        answer,
      });
      if (seed.vote) await store.recordVote(logged.id, seed.vote);
      if (seed.escalated) await store.createTicket(newTicket({ question: seed.question, language: seed.language ?? 'sv' }), ASKER);
    }
  } finally {
    await store.close();
  }
}

/** A week of questions: three wordings of one unanswered question, one voted down, one escalated, answered ones. */
export const SAMPLE_LOG: SeededAnswer[] = [
  { at: '2026-11-02T09:00:00.000Z', question: 'Får jag använda Zoom för möten med elever?', answered: false },
  { at: '2026-11-03T10:00:00.000Z', question: 'får man använda zoom för möten med eleverna', answered: false },
  { at: '2026-11-10T11:00:00.000Z', question: 'Får vi använda Zoom för möten med elever?', answered: false },
  { at: '2026-11-10T12:00:00.000Z', question: 'Får jag lagra hälsodata i Office 365?', answered: true, vote: 'not_helpful' },
  { at: '2026-11-11T08:00:00.000Z', question: 'Får jag lagra intern information i OneDrive?', answered: true, vote: 'helpful' },
  { at: '2026-11-11T08:30:00.000Z', question: 'Får jag lagra offentlig information i Teams?', answered: true, vote: 'helpful' },
  { at: '2026-11-12T14:00:00.000Z', question: 'Vem beslutar om Dropbox?', answered: true, escalated: true },
];
