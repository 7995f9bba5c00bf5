/** The AnswerLog on the store's SQLite file; see answer-log.ts. */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { redact } from '../engine';
import { Language } from '../engine';
import { AnswerLog, LoggedAnswer, NewLoggedAnswer } from './answer-log';
import { Vote } from './feedback-store';
import { BotAnswerSnapshot } from './latest-answer';
import { statement } from './prepared-statement';

interface AnswerRow {
  id: string;
  created_at: string;
  user_hash: string;
  question_redacted: string;
  language: string;
  channel: string;
  knowledge_version: string | null;
  vote: string | null;
  bot_answer_json: string;
}

/** 128 random bits, URL-safe: nobody guesses another user's answer id. */
export function newAnswerId(): string {
  return randomBytes(16).toString('base64url');
}

export class SqliteAnswers implements AnswerLog {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  logAnswer(answer: NewLoggedAnswer): LoggedAnswer {
    const logged: LoggedAnswer = { ...answer, question: redact(answer.question).text, id: newAnswerId(), createdAt: this.now().toISOString(), vote: null };
    const { botAnswer } = logged;
    statement(
        this.db,
        `INSERT INTO answers (id, created_at, user_hash, question_redacted, language, verdict, answered, cited_ids, channel, knowledge_version, bot_answer_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        logged.id,
        logged.createdAt,
        logged.userHash,
        logged.question,
        logged.language,
        botAnswer.verdict,
        botAnswer.answered ? 1 : 0,
        JSON.stringify(botAnswer.citations.map((c) => c.id)),
        logged.channel,
        logged.knowledgeVersion,
        JSON.stringify(botAnswer),
      );
    return logged;
  }

  answerById(id: string): LoggedAnswer | undefined {
    const row = statement(this.db, 'SELECT * FROM answers WHERE id = ?').get(id) as AnswerRow | undefined;
    return row && fromRow(row);
  }

  recordVote(id: string, vote: Vote): void {
    this.db.transaction(() => {
      const answer = this.answerById(id);
      if (!answer) throw new Error(`No answer ${id} to vote on`);
      statement(this.db, 'UPDATE answers SET vote = ? WHERE id = ?').run(vote, id);
      // One feedback row per answer: a second vote replaces the first.
      statement(this.db, 'DELETE FROM feedback WHERE answer_id = ?').run(id);
      statement(
        this.db,
          `INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote, answer_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          this.now().toISOString(),
          answer.userHash,
          answer.channel,
          answer.question,
          answer.botAnswer.verdict,
          JSON.stringify(answer.botAnswer.citations.map((c) => c.id)),
          vote,
          id,
        );
    }).immediate();
  }
}

function fromRow(row: AnswerRow): LoggedAnswer {
  return {
    id: row.id,
    createdAt: row.created_at,
    userHash: row.user_hash,
    question: row.question_redacted,
    language: row.language as Language,
    channel: row.channel,
    knowledgeVersion: row.knowledge_version,
    vote: row.vote as Vote | null,
    botAnswer: JSON.parse(row.bot_answer_json) as BotAnswerSnapshot,
  };
}
