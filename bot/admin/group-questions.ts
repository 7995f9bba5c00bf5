/**
 * Questions grouped by similar wording, for `answers -- unanswered` and the admin page: each
 * question becomes its content words, stemmed in its language, and joins the first group whose
 * words overlap enough (Jaccard), so "Får jag använda Zoom?" and "får man använda zoom" meet.
 */
import { normalizeText } from '../engine';
import { ImproveReason, QuestionToImprove } from '../store/admin-queries';

/** Share of words two wordings must have in common to count as the same question. */
const SAME_QUESTION = 0.5;

export interface QuestionGroup {
  /** The most recent wording, as an example. */
  example: string;
  /** The stemmed words the group was formed on. */
  terms: string[];
  count: number;
  /** ISO 8601 of the latest question. */
  latest: string;
  reasons: Record<ImproveReason, number>;
  /** Distinct wordings, newest first (at most five). */
  wordings: string[];
}

interface Building extends QuestionGroup {
  termSet: Set<string>;
}

export function groupQuestions(questions: QuestionToImprove[]): QuestionGroup[] {
  const groups: Building[] = [];
  const byTime = [...questions].sort((a, b) => a.at.localeCompare(b.at));
  for (const question of byTime) {
    const terms = new Set(normalizeText(question.question, question.language));
    const group = groups.find((g) => jaccard(g.termSet, terms) >= SAME_QUESTION);
    if (group) {
      group.count += 1;
      group.reasons[question.reason] += 1;
      group.latest = question.at;
      group.example = question.question;
      if (!group.wordings.includes(question.question)) group.wordings = [question.question, ...group.wordings].slice(0, 5);
    } else {
      groups.push({
        example: question.question,
        terms: [...terms].sort(),
        termSet: terms,
        count: 1,
        latest: question.at,
        reasons: { unanswered: 0, not_helpful: 0, escalated: 0, [question.reason]: 1 },
        wordings: [question.question],
      });
    }
  }
  return groups
    .map(({ termSet: _terms, ...group }) => group)
    .sort((a, b) => b.count - a.count || b.latest.localeCompare(a.latest));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}
