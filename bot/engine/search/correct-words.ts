/**
 * Reads a question word the knowledge never uses as the nearest word it does use, within the
 * typo tolerance ("utrullnigen" → "utrullning"), so a typo still finds its passages. Applied only
 * to words the index lacks and that are no real English or Swedish word: precision holds for
 * words spelt right.
 */
import { Language } from '../types';
import { PassageIndex } from './passage-index';
import { isEnglishWord } from '../text/english-words';
import { isSwedishWord, isSwedishWordForm } from '../text/swedish-words';
import { QuestionToken } from '../text/question-tokens';
import { MIN_TYPO_LENGTH, foldDiacritics, typoDistance } from '../text/typos';

export interface WordCorrection {
  /** Token position in the question. */
  position: number;
  written: string;
  /** The index term it is read as. */
  term: string;
  /** Another form of the same word ("bestämt" read as "bestämd"): searched so, but no reading worth stating. */
  otherForm?: boolean;
}

const buckets = new WeakMap<PassageIndex, Map<string, string[]>>();

/** Terms grouped by folded first letter, so a typo is compared with a few hundred terms, not all. */
function bucketsOf(index: PassageIndex): Map<string, string[]> {
  let byLetter = buckets.get(index);
  if (!byLetter) {
    byLetter = new Map();
    for (const term of index.terms()) {
      const key = foldDiacritics(term.charAt(0));
      const list = byLetter.get(key) ?? [];
      list.push(term);
      byLetter.set(key, list);
    }
    buckets.set(index, byLetter);
  }
  return byLetter;
}

/** Endings that make another form of one word: "bestämt" and "bestämd", "använt" and "använd". */
const INFLECTED_ENDINGS = new Set(['t', 'd', 'a', 'e', 'n', 'r', 's']);

/** Another form of the same word, differing in its last letter only: not a typo. */
function otherFormOf(word: string, term: string): boolean {
  return word.length === term.length && word.slice(0, -1) === term.slice(0, -1) && INFLECTED_ENDINGS.has(word.at(-1)!) && INFLECTED_ENDINGS.has(term.at(-1)!);
}

export function inKnowledge(index: PassageIndex, token: QuestionToken): boolean {
  return index.hasTerm(token.stem) || index.hasTerm(token.word);
}

export function correctWords(tokens: QuestionToken[], index: PassageIndex, claimed: Set<number>, _language: Language): WordCorrection[] {
  const corrections: WordCorrection[] = [];
  tokens.forEach((token, position) => {
    if (claimed.has(position) || token.functionWord || token.word.length < MIN_TYPO_LENGTH || /\d/.test(token.word)) return;
    if (inKnowledge(index, token)) return;
    let best: { term: string; edits: number } | undefined;
    for (const term of bucketsOf(index).get(foldDiacritics(token.word.charAt(0))) ?? []) {
      if (Math.abs(term.length - token.stem.length) > 2) continue;
      const edits = typoDistance(token.stem, term);
      if (edits !== undefined && (!best || edits < best.edits)) best = { term, edits };
    }
    // Checked last, as the word lists load on first use.
    if (best && !isEnglishWord(token.word) && !isSwedishWord(token.word)) {
      // A form of a Swedish word ("säkert") read as another form ("säker") is searched so, but is no typo to announce.
      const otherForm = otherFormOf(token.stem, best.term) || isSwedishWordForm(token.word);
      corrections.push({ position, written: token.written, term: best.term, ...(otherForm ? { otherForm: true } : {}) });
    }
  });
  return corrections;
}
