/**
 * Answers per day with the answered and helpful ratios (`answers -- stats`), and the helpful
 * ratio per ISO week (the admin page's chart). A ratio is null where there is nothing to divide.
 */
import { AnswerFact } from '../store/admin-queries';
import { Vote } from '../store/feedback-store';

export interface DayStats {
  /** YYYY-MM-DD (UTC) */
  day: string;
  answers: number;
  answered: number;
  helpful: number;
  notHelpful: number;
  answeredRatio: number | null;
  helpfulRatio: number | null;
}

export interface WeekStats {
  /** ISO week, e.g. 2026-W49 */
  week: string;
  helpful: number;
  notHelpful: number;
  helpfulRatio: number | null;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function answersPerDay(facts: AnswerFact[]): DayStats[] {
  const days = new Map<string, DayStats>();
  for (const fact of facts) {
    const day = fact.at.slice(0, 10);
    const stats = days.get(day) ?? { day, answers: 0, answered: 0, helpful: 0, notHelpful: 0, answeredRatio: null, helpfulRatio: null };
    stats.answers += 1;
    if (fact.answered) stats.answered += 1;
    if (fact.vote === 'helpful') stats.helpful += 1;
    if (fact.vote === 'not_helpful') stats.notHelpful += 1;
    days.set(day, stats);
  }
  return [...days.values()]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((s) => ({ ...s, answeredRatio: ratio(s.answered, s.answers), helpfulRatio: ratio(s.helpful, s.helpful + s.notHelpful) }));
}

/** Totals over every fact: the line under the per-day table. */
export function answerTotals(facts: AnswerFact[]): Omit<DayStats, 'day'> {
  const answered = facts.filter((f) => f.answered).length;
  const helpful = facts.filter((f) => f.vote === 'helpful').length;
  const notHelpful = facts.filter((f) => f.vote === 'not_helpful').length;
  return { answers: facts.length, answered, helpful, notHelpful, answeredRatio: ratio(answered, facts.length), helpfulRatio: ratio(helpful, helpful + notHelpful) };
}

export function helpfulPerWeek(votes: { at: string; vote: Vote }[]): WeekStats[] {
  const weeks = new Map<string, WeekStats>();
  for (const { at, vote } of votes) {
    const week = isoWeek(new Date(at));
    const stats = weeks.get(week) ?? { week, helpful: 0, notHelpful: 0, helpfulRatio: null };
    if (vote === 'helpful') stats.helpful += 1;
    else stats.notHelpful += 1;
    weeks.set(week, stats);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)).map((w) => ({ ...w, helpfulRatio: ratio(w.helpful, w.helpful + w.notHelpful) }));
}

/** ISO 8601 week of a UTC date: the week belongs to the year of its Thursday. */
export function isoWeek(date: Date): string {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
