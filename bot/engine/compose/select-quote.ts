/**
 * Picks the sentences of a passage worth quoting: those that contain the most of what the
 * query asked for. Quotes stay in the passage's own language.
 */
import { normalizeText } from '../text/normalize';
import { Passage } from '../search/passages';
import { CoveringTerm } from '../search/build-query';

const MAX_QUOTE_CHARS = 360;
const SHORT_SENTENCE = 110;

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=["«”(]?[\p{Lu}\d])/u)
    .map((s) => s.replace(/^•\s*/, '').trim())
    .filter((s) => s.length > 1);
}

/** Rare words say more about what was asked than common ones, so each term counts by its weight. */
export type TermWeight = (term: string) => number;

export function scoreSentence(sentence: string, language: Passage['language'], terms: CoveringTerm[], weight: TermWeight): number {
  const words = new Set(normalizeText(sentence, language));
  let score = 0;
  for (const term of terms) {
    const hit = term.prefix ? [...words].some((w) => w.startsWith(term.term)) : words.has(term.term);
    if (hit) score += term.boost * weight(term.term);
  }
  return score;
}

export function selectQuote(passage: Passage, terms: CoveringTerm[], weight: TermWeight): { quote: string; score: number } {
  const sentences = splitSentences(passage.text);
  if (sentences.length === 0) return { quote: '', score: 0 };
  const scores = sentences.map((s) => scoreSentence(s, passage.language, terms, weight));
  const best = scores.indexOf(Math.max(...scores));
  let quote = sentences[best];
  // A short best sentence reads better with the one after it.
  const next = sentences[best + 1];
  if (quote.length < SHORT_SENTENCE && next && quote.length + next.length < MAX_QUOTE_CHARS) quote = `${quote} ${next}`;
  return { quote: truncate(quote), score: scores[best] };
}

function truncate(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
