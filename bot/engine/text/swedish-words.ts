/**
 * The base forms of the Swedish spelling dictionary (LibreOffice's, as the `dictionary-sv`
 * package ships it), so that a real Swedish word ("många") is never read as a typo of a word the
 * knowledge uses ("mängd"). Base forms only: the affix rules are not expanded, so an inflected
 * word is still a candidate for correction. Loaded on first use.
 */
import fs from 'node:fs';
import path from 'node:path';

/** 150,000 words as one sorted string and their offsets: about 2 MB, where a Set took 15. */
interface SortedWords {
  joined: string;
  starts: Int32Array;
}

let words: SortedWords | undefined;

function load(): SortedWords {
  // The package is ESM only; its word file is read directly from beside its entry point.
  const file = path.join(path.dirname(require.resolve('dictionary-sv')), 'index.dic');
  // Each entry is `word/FLAGS` (the first line is the entry count, which the pattern skips).
  const text = fs.readFileSync(file, 'utf8').toLowerCase();
  const sorted = [...new Set(Array.from(text.matchAll(/^(\p{L}[^/\n]*?)\s*(?:\/|$)/gmu), (m) => m[1]))].sort();
  const starts = new Int32Array(sorted.length + 1);
  sorted.forEach((word, i) => (starts[i + 1] = starts[i] + word.length + 1));
  return { joined: sorted.join('\n') + '\n', starts };
}

export function isSwedishWord(word: string): boolean {
  words ??= load();
  const { joined, starts } = words;
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = joined.slice(starts[middle], starts[middle + 1] - 1);
    if (candidate === word) return true;
    if (candidate < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
