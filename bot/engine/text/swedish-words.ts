/**
 * The base forms of the Swedish spelling dictionary (LibreOffice's, as the `dictionary-sv`
 * package ships it), so that a real Swedish word ("många") is never read as a typo of a word the
 * knowledge uses ("mängd"). Base forms only: the affix rules are not expanded, so an inflected
 * word is still a candidate for correction. Loaded on first use.
 */
import fs from 'node:fs';
import path from 'node:path';

let words: Set<string> | undefined;

function load(): Set<string> {
  // The package is ESM only; its word file is read directly from beside its entry point.
  const file = path.join(path.dirname(require.resolve('dictionary-sv')), 'index.dic');
  // The first line is the entry count; each entry is `word/FLAGS`.
  return new Set(fs.readFileSync(file, 'utf8').split('\n').slice(1).map((line) => line.split('/')[0].trim().toLowerCase()));
}

export function isSwedishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
