/** The AnswerLog on the store's SQLite file; see answer-log.ts. */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { answerFromColumns } from './stored-rows';
import { redact } from '../engine';
import { Answer } from '../engine';
import { LoggedAnswer, NewLoggedAnswer, PurgeResult, VoteReason } from './answer-log';
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
  answer_json: string | null;
  activity_id: string | null;
  reason: string | null;
}

/** 128 random bits, URL-safe: nobody guesses another user's answer id. */
export function newAnswerId(): string {
  return randomBytes(16).toString('base64url');
}

export class SqliteAnswers {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  logAnswer(entry: NewLoggedAnswer): LoggedAnswer {
    const { answer: full, ...rest } = entry;
    // Redacted once more before it is written: what a caller missed never lands in the file.
    const answer: Answer = { ...full, question: redact(full.question).text };
    const logged: LoggedAnswer = { ...rest, question: redact(rest.question).text, id: newAnswerId(), createdAt: this.now().toISOString(), vote: null, reason: null, answer };
    const { botAnswer } = logged;
    statement(
        this.db,
        `INSERT INTO answers (id, created_at, user_hash, question_redacted, language, verdict, answered, cited_ids, channel, knowledge_version, bot_answer_json,
                              kind, facets_json, decided_by, caveats_json, answer_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        answer.kind,
        JSON.stringify(answer.facets),
        answer.decidedBy?.id ?? null,
        JSON.stringify(answer.caveats.map((c) => ({ kind: c.kind, id: c.source.id, date: c.source.date }))),
        JSON.stringify(answer),
      );
    return logged;
  }

  answerById(id: string): LoggedAnswer | undefined {
    const row = statement(this.db, 'SELECT answers.*, (SELECT reason FROM feedback WHERE answer_id = answers.id) AS reason FROM answers WHERE id = ?').get(id) as AnswerRow | undefined;
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

  recordVoteReason(id: string, reason: VoteReason): void {
    const changed = statement(this.db, 'UPDATE feedback SET reason = ? WHERE answer_id = ?').run(reason, id).changes;
    if (changed === 0) throw new Error(`No vote on answer ${id} to give a reason for`);
  }

  setAnswerActivityId(id: string, activityId: string): void {
    statement(this.db, 'UPDATE answers SET activity_id = ? WHERE id = ?').run(activityId, id);
  }

  purgeBefore(before: Date): PurgeResult {
    const cutoff = before.toISOString();
    return this.db.transaction((): PurgeResult => {
      // Feedback goes with its answer, and on its own age (votes given before the answer log existed).
      const feedback = statement(this.db, 'DELETE FROM feedback WHERE at < ? OR answer_id IN (SELECT id FROM answers WHERE created_at < ?)').run(cutoff, cutoff).changes;
      statement(this.db, 'DELETE FROM latest_answers WHERE at < ?').run(cutoff);
      const answers = statement(this.db, 'DELETE FROM answers WHERE created_at < ?').run(cutoff).changes;
      const contexts = statement(this.db, 'DELETE FROM conversation_contexts WHERE updated_at < ?').run(cutoff).changes;
      return { answers, feedback, contexts };
    }).immediate();
  }
}

function fromRow(row: AnswerRow): LoggedAnswer {
  return answerFromColumns({
    ...row,
    bot_answer_json: JSON.parse(row.bot_answer_json) as BotAnswerSnapshot,
    answer_json: row.answer_json ? (JSON.parse(row.answer_json) as Answer) : null,
  });
}
