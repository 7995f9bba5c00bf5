/**
 * How far a written word may be from the word meant: one edit (Damerau–Levenshtein, so a
 * swapped pair of letters is one) in words of 5+ letters, two from 9+, and å/ä/ö written as
 * a/a/o at no cost. Readers are told the reading, so the tolerance can be generous.
 */
import distance from 'damerau-levenshtein';

export const MIN_TYPO_LENGTH = 5;
const TWO_EDITS_LENGTH = 9;

/** "hälsodata" and "halsodata" fold alike: Swedish written on a keyboard without å/ä/ö. */
export function foldDiacritics(word: string): string {
  // Most words are plain ASCII, and folding is on the path of every typo check.
  return ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;

export function allowedEdits(writtenLength: number): number {
  if (writtenLength >= TWO_EDITS_LENGTH) return 2;
  return writtenLength >= MIN_TYPO_LENGTH ? 1 : 0;
}

/**
 * Whether `written` can be read as `meant`: equal once folded, or within the allowed edits.
 * Returns the number of edits (0 for a folding difference only), or undefined when too far.
 */
export function typoDistance(written: string, meant: string): number | undefined {
  return foldedTypoDistance(foldDiacritics(written), foldDiacritics(meant), written.length);
}

/** typoDistance for words already folded; the tolerance follows the length as written. */
export function foldedTypoDistance(a: string, b: string, writtenLength: number): number | undefined {
  if (a === b) return 0;
  const allowed = allowedEdits(writtenLength);
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return undefined;
  const { steps } = distance(a, b);
  return steps <= allowed ? steps : undefined;
}
