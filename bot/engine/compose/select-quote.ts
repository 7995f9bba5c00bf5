/**
 * Picks the sentences of a passage worth quoting: those that contain the most of what the
 * query asked for. Quotes stay in the passage's own language.
 */
import { LRUCache } from 'lru-cache';
import { normalizeText } from '../text/normalize';
import { Passage } from '../search/passages';
import { CoveringTerm } from '../search/build-query';
import { QuestionKind } from '../types';
import { sentenceAnswersKind } from '../question/kind-evidence';

/** A sentence with what the question asks for (a date, a figure, a reason) is worth this much more. */
const KIND_EVIDENCE_FACTOR = 1.8;
/** A sentence with the evidence is preferred while it scores at least this share of the best one. */
const MIN_EVIDENCE_SHARE = 0.25;

const MAX_QUOTE_CHARS = 360;
const SHORT_SENTENCE = 110;

/** Abbreviations a sentence goes on after ("case no. 3530-23", "prop. 2020/21:194", "10 kap. 2 a §", "bl.a. E5"). */
const ABBREVIATION_AT_END = /(?:^|[\s(])(?:no|nr|kap|prop|art|jfr|bl\.a|t\.ex|dvs|d\.v\.s|m\.fl|m\.m|ca|resp|kl|e\.g|i\.e|vs|dir|bet|dr|prof|p|s|ff|sfs)\.$/i;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let pending = '';
    for (const piece of line.split(/(?<=[.!?])\s+(?=["«”(]?[\p{Lu}\d])/u)) {
      pending = pending ? `${pending} ${piece}` : piece;
      if (!ABBREVIATION_AT_END.test(pending)) {
        sentences.push(pending);
        pending = '';
      }
    }
    if (pending) sentences.push(pending);
  }
  return sentences.map((s) => s.replace(/^•\s*/, '').trim()).filter((s) => s.length > 1);
}

/** Rare words say more about what was asked than common ones, so each term counts by its weight. */
export type TermWeight = (term: string) => number;

interface PassageSentences {
  sentences: string[];
  /** Each sentence's words, normalised as the index normalises them. */
  words: Set<string>[];
}

/** Bounded, as relevance's cache of passage words is: the passages quoted most stay split and stemmed. */
const sentencesOfPassage = new LRUCache<Passage, PassageSentences>({ max: 2000 });

export function sentencesOf(passage: Passage): PassageSentences {
  let split = sentencesOfPassage.get(passage);
  if (!split) {
    const sentences = splitSentences(passage.text);
    split = { sentences, words: sentences.map((sentence) => new Set(normalizeText(sentence, passage.language))) };
    sentencesOfPassage.set(passage, split);
  }
  return split;
}

function scoreWords(words: Set<string>, terms: CoveringTerm[], weight: TermWeight): number {
  let score = 0;
  for (const term of terms) {
    const hit = term.prefix ? startsAny(words, term.term) : words.has(term.term);
    if (hit) score += term.boost * weight(term.term);
  }
  return score;
}

function startsAny(words: Set<string>, prefix: string): boolean {
  for (const word of words) if (word.startsWith(prefix)) return true;
  return false;
}

export function selectQuote(passage: Passage, terms: CoveringTerm[], weight: TermWeight, kind: QuestionKind = 'fact'): { quote: string; score: number } {
  const { sentences, words } = sentencesOf(passage);
  if (sentences.length === 0) return { quote: '', score: 0 };
  const evidence = sentences.map((s) => sentenceAnswersKind(s, kind, passage.language));
  const scores = sentences.map((_, i) => scoreWords(words[i], terms, weight) * (evidence[i] ? KIND_EVIDENCE_FACTOR : 1));
  let best = scores.indexOf(Math.max(...scores));
  // A why/when/how-many question wants the sentence that holds the reason, the date or the figure.
  // The reason often follows the sentence that names the event and shares none of its words.
  const follows = (i: number) => i === best + 1;
  const withEvidence = scores.map((score, i) => (evidence[i] && (score > 0 || follows(i)) ? i : -1)).filter((i) => i >= 0);
  const bestWithEvidence = withEvidence.sort((a, b) => scores[b] - scores[a])[0];
  let quote = sentences[best];
  if (!evidence[best] && bestWithEvidence !== undefined && (follows(bestWithEvidence) || scores[bestWithEvidence] >= scores[best] * MIN_EVIDENCE_SHARE)) {
    const joined = bestWithEvidence === best + 1 ? `${quote} ${sentences[bestWithEvidence]}` : sentences[bestWithEvidence];
    // Joined, the two sentences answer as well as the best one did, and hold the evidence too.
    const score = follows(bestWithEvidence) ? Math.max(scores[best], scores[bestWithEvidence]) * KIND_EVIDENCE_FACTOR : scores[bestWithEvidence];
    best = bestWithEvidence;
    scores[best] = score;
    quote = joined.length <= MAX_QUOTE_CHARS ? joined : sentences[bestWithEvidence];
  } else {
    // A short best sentence reads better with the one after it.
    const next = sentences[best + 1];
    if (quote.length < SHORT_SENTENCE && next && quote.length + next.length < MAX_QUOTE_CHARS) quote = `${quote} ${next}`;
  }
  return { quote: truncate(quote), score: scores[best] };
}

function truncate(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
