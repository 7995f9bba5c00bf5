/**
 * The words of a question as written: lowercased for matching, with what the lowercasing
 * loses (a capital, a sentence start, a hyphen to the next word) kept beside each word,
 * because "Teams" is a product and "teams of nurses" is not.
 */
import { Language } from '../types';
import { isStopWord, stemWord } from './normalize';

export interface QuestionToken {
  /** Lowercased, as `tokenize` gives it. */
  word: string;
  /** As written. */
  written: string;
  stem: string;
  /** Written with a capital letter (anywhere: "iCloud", "eSam", "Teams"). */
  capitalised: boolean;
  /** First word of the text or of a sentence: its capital says nothing. */
  sentenceStart: boolean;
  /** Joined to the next word by a hyphen ("Zoom-mötet"). */
  hyphenNext: boolean;
  /** A function word or a negation: it never names a facet. */
  functionWord: boolean;
}

const NEGATIONS: Record<Language, Set<string>> = {
  sv: new Set(['inte', 'ej', 'icke', 'ingen', 'inget', 'inga', 'aldrig', 'varken']),
  en: new Set(['not', 'no', 'none', 'never', 'nor', 'neither', 'isn', 'aren', 'don', 'doesn', 'didn', 'cannot', 'mustn', 't']),
};

export function isNegation(word: string, language: Language): boolean {
  return NEGATIONS[language].has(word);
}

export function questionTokens(text: string, language: Language): QuestionToken[] {
  const tokens: QuestionToken[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const written = match[0];
    const start = match.index;
    const before = text.slice(0, start);
    const word = written.toLowerCase();
    tokens.push({
      word,
      written,
      stem: stemWord(word, language),
      capitalised: /\p{Lu}/u.test(written),
      sentenceStart: before.trim() === '' || /[.!?:;\n]\s*["'«(]?\s*$/u.test(before),
      hyphenNext: text[start + written.length] === '-' && /[\p{L}\p{N}]/u.test(text[start + written.length + 1] ?? ''),
      functionWord: isNegation(word, language) || isStopWord(word, language),
    });
  }
  return tokens;
}
