/**
 * The answer log, feedback, each user's latest answer and conversation contexts in PostgreSQL:
 * the same rows as SqliteAnswers and SqliteStore keep, so every instance sees every vote and
 * follow-up. Free text is redacted once more before it is written.
 */
import { Answer, ConversationContext, Language, Verdict, redact } from '../engine';
import { LoggedAnswer, NewLoggedAnswer, PurgeResult, VoteReason } from './answer-log';
import { FeedbackEntry, Vote } from './feedback-store';
import { BotAnswerSnapshot, LatestAnswer } from './latest-answer';
import { InTransaction, Queryable, iso } from './postgres-queryable';
import { answerFromColumns } from './stored-rows';
import { newAnswerId } from './sqlite-answers';

interface AnswerRow {
  id: string;
  created_at: Date;
  user_hash: string;
  question_redacted: string;
  language: string;
  channel: string;
  knowledge_version: string | null;
  vote: string | null;
  bot_answer_json: BotAnswerSnapshot;
  answer_json: Answer | null;
  activity_id: string | null;
  reason: string | null;
}

interface FeedbackRow {
  at: Date;
  user_hash: string;
  channel_id: string;
  question: string;
  verdict: string | null;
  cited_ids: string[];
  vote: string;
}

const scrub = (text: string): string => redact(text).text;

export class PostgresAnswers {
  constructor(
    private readonly db: Queryable,
    private readonly inTransaction: InTransaction,
    private readonly now: () => Date,
  ) {}

  async logAnswer(entry: NewLoggedAnswer): Promise<LoggedAnswer> {
    const { answer: full, ...rest } = entry;
    const answer: Answer = { ...full, question: scrub(full.question) };
    const logged: LoggedAnswer = { ...rest, question: scrub(rest.question), id: newAnswerId(), createdAt: this.now().toISOString(), vote: null, reason: null, answer };
    const { botAnswer } = logged;
    await this.db.query(
      `INSERT INTO answers (id, created_at, user_hash, question_redacted, language, verdict, answered, cited_ids, channel, knowledge_version, bot_answer_json,
                            kind, facets_json, decided_by, caveats_json, answer_json)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        logged.id, logged.createdAt, logged.userHash, logged.question, logged.language, botAnswer.verdict, botAnswer.answered,
        JSON.stringify(botAnswer.citations.map((c) => c.id)), logged.channel, logged.knowledgeVersion, JSON.stringify(botAnswer),
        answer.kind, JSON.stringify(answer.facets), answer.decidedBy?.id ?? null,
        JSON.stringify(answer.caveats.map((c) => ({ kind: c.kind, id: c.source.id, date: c.source.date }))), JSON.stringify(answer),
      ],
    );
    return logged;
  }

  async answerById(id: string, db: Queryable = this.db): Promise<LoggedAnswer | undefined> {
    const { rows } = await db.query<AnswerRow>('SELECT answers.*, (SELECT reason FROM feedback WHERE answer_id = answers.id) AS reason FROM answers WHERE id = $1', [id]);
    return rows[0] && fromAnswerRow(rows[0]);
  }

  async recordVote(id: string, vote: Vote): Promise<void> {
    await this.inTransaction(async (db) => {
      // The row lock keeps one feedback row per answer when two votes arrive at once.
      const locked = await db.query('SELECT id FROM answers WHERE id = $1 FOR UPDATE', [id]);
      if (locked.rows.length === 0) throw new Error(`No answer ${id} to vote on`);
      const answer = (await this.answerById(id, db))!;
      await db.query('UPDATE answers SET vote = $1 WHERE id = $2', [vote, id]);
      await db.query('DELETE FROM feedback WHERE answer_id = $1', [id]);
      await db.query(
        'INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote, answer_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [this.now(), answer.userHash, answer.channel, answer.question, answer.botAnswer.verdict, JSON.stringify(answer.botAnswer.citations.map((c) => c.id)), vote, id],
      );
    });
  }

  async recordVoteReason(id: string, reason: VoteReason): Promise<void> {
    const { rowCount } = await this.db.query('UPDATE feedback SET reason = $1 WHERE answer_id = $2', [reason, id]);
    if (!rowCount) throw new Error(`No vote on answer ${id} to give a reason for`);
  }

  async setAnswerActivityId(id: string, activityId: string): Promise<void> {
    await this.db.query('UPDATE answers SET activity_id = $1 WHERE id = $2', [activityId, id]);
  }

  async purgeBefore(before: Date): Promise<PurgeResult> {
    return this.inTransaction(async (db) => {
      // Feedback goes with its answer, and on its own age.
      const feedback = await db.query('DELETE FROM feedback WHERE at < $1 OR answer_id IN (SELECT id FROM answers WHERE created_at < $1)', [before]);
      await db.query('DELETE FROM latest_answers WHERE at < $1', [before]);
      const answers = await db.query('DELETE FROM answers WHERE created_at < $1', [before]);
      const contexts = await db.query('DELETE FROM conversation_contexts WHERE updated_at < $1', [before]);
      return { answers: answers.rowCount ?? 0, feedback: feedback.rowCount ?? 0, contexts: contexts.rowCount ?? 0 };
    });
  }

  async saveFeedback(entry: FeedbackEntry): Promise<void> {
    await this.db.query(
      'INSERT INTO feedback (at, user_hash, channel_id, question, verdict, cited_ids, vote) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [entry.at, entry.userHash, entry.channelId, scrub(entry.question), entry.verdict, JSON.stringify(entry.citedIds), entry.vote],
    );
  }

  async listFeedback(limit = 100): Promise<FeedbackEntry[]> {
    const { rows } = await this.db.query<FeedbackRow>('SELECT * FROM feedback ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map((row) => ({
      question: row.question,
      verdict: row.verdict as Verdict | null,
      citedIds: row.cited_ids,
      vote: row.vote as Vote,
      userHash: row.user_hash,
      channelId: row.channel_id,
      at: iso(row.at),
    }));
  }

  async rememberLatestAnswer(conversationId: string, userHash: string, answer: LatestAnswer): Promise<void> {
    await this.db.query(
      `INSERT INTO latest_answers (conversation_id, user_hash, question, language, bot_answer_json, at, answer_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (conversation_id, user_hash) DO UPDATE SET
         question = excluded.question, language = excluded.language, bot_answer_json = excluded.bot_answer_json,
         at = excluded.at, answer_id = excluded.answer_id`,
      [conversationId, userHash, scrub(answer.question), answer.language, JSON.stringify(answer.botAnswer), this.now(), answer.answerId ?? null],
    );
  }

  async latestAnswer(conversationId: string, userHash: string): Promise<LatestAnswer | undefined> {
    const { rows } = await this.db.query<{ question: string; language: string; bot_answer_json: BotAnswerSnapshot; answer_id: string | null }>(
      'SELECT question, language, bot_answer_json, answer_id FROM latest_answers WHERE conversation_id = $1 AND user_hash = $2',
      [conversationId, userHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const latest: LatestAnswer = { question: row.question, language: row.language as Language, botAnswer: row.bot_answer_json };
    return row.answer_id === null ? latest : { ...latest, answerId: row.answer_id };
  }

  async rememberContext(key: string, context: ConversationContext): Promise<void> {
    await this.db.query(
      `INSERT INTO conversation_contexts (key, context_json, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET context_json = excluded.context_json, updated_at = excluded.updated_at`,
      [key, JSON.stringify(context), this.now()],
    );
  }

  async recallContext(key: string, maxAgeMs: number): Promise<ConversationContext | undefined> {
    const { rows } = await this.db.query<{ context_json: ConversationContext; updated_at: Date }>('SELECT context_json, updated_at FROM conversation_contexts WHERE key = $1', [key]);
    const row = rows[0];
    if (!row || this.now().getTime() - row.updated_at.getTime() > maxAgeMs) return undefined;
    return row.context_json;
  }
}

function fromAnswerRow(row: AnswerRow): LoggedAnswer {
  return answerFromColumns({ ...row, created_at: iso(row.created_at) });
}
