/**
 * A large English word list, so that a real English word ("patent", "eleven") is never read
 * as a typo of a glossary term ("patient", "elever"). Loaded on first use: most questions
 * never need it. Read as a file rather than `require`d, so the module cache does not keep the
 * 275,000-word array beside the compact list.
 */
import fs from 'node:fs';
import { SortedWordList } from './sorted-word-list';

let words: SortedWordList | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= SortedWordList.of(JSON.parse(fs.readFileSync(require.resolve('an-array-of-english-words'), 'utf8')) as string[]);
  return words.has(word);
}
