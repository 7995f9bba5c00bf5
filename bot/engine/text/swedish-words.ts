/**
 * The base forms of the Swedish spelling dictionary (LibreOffice's, as the `dictionary-sv`
 * package ships it), so that a real Swedish word ("många") is never read as a typo of a word the
 * knowledge uses ("mängd"). Base forms only: the affix rules are not expanded, so an inflected
 * word is still a candidate for correction. Loaded on first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SortedWordList } from './sorted-word-list';

let words: SortedWordList | undefined;

function load(): SortedWordList {
  // The package is ESM only; its word file is read directly from beside its entry point.
  const file = path.join(path.dirname(require.resolve('dictionary-sv')), 'index.dic');
  // Each entry is `word/FLAGS` (the first line is the entry count, which the pattern skips).
  const text = fs.readFileSync(file, 'utf8').toLowerCase();
  return SortedWordList.of(Array.from(text.matchAll(/^(\p{L}[^/\n]*?)\s*(?:\/|$)/gmu), (m) => m[1]));
}

export function isSwedishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}

/** Endings of inflected forms, longest first: "kommunen", "mötena", "elevernas" are forms of base words the list holds. */
const ENDINGS = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'n', 't', 'a', 's', 'e'];

/** The base forms a Swedish word may be a form of: itself, and itself less an inflected ending ("kommunen" → "kommun", "kopior" → "kopia"). */
export function baseFormsOf(word: string): string[] {
  const forms = [word, ...ENDINGS.filter((ending) => word.length - ending.length >= 3 && word.endsWith(ending)).map((ending) => word.slice(0, -ending.length))];
  // "kopior", "kopiorna" are forms of "kopia": the plural replaces its a.
  const plural = /(or|orna|ornas)$/.exec(word);
  if (plural) forms.push(`${word.slice(0, plural.index)}a`);
  return forms;
}

/** A Swedish word as written or an inflected form of one ("kommunen", "möten"): a base form with an ending taken off. */
export function isSwedishWordForm(word: string): boolean {
  return baseFormsOf(word).some(isSwedishWord);
}
