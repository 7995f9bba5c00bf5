/**
 * A canonical copy of a text for finding personal data, with a map back to the original.
 * People paste identity numbers in many written forms (full-width digits, en dash, U+2212
 * minus, non-breaking hyphen, no-break or doubled spaces, zero-width characters inside);
 * matching the canonical copy finds them all, and the map lets redaction cut exactly those
 * characters from the original, so the rest of the text is kept as written.
 */

export interface MatchingText {
  /** NFKC per character; every dash and minus '-', every run of white space one ' ', invisible format characters gone. */
  text: string;
  /** The original span [start, end) of the canonical span [start, end) (UTF-16 offsets). */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// U+2212 minus and the like are math symbols, not dash punctuation, so they are listed too.
const DASH = /^[\p{Pd}\u2212\u2796\ufe63\uff0d]$/u;
const SPACE = /^\s$/u;
// Zero-width space, joiners, word joiner, BOM, soft hyphen, bidi marks: \p{Cf}, never seen on screen.
const INVISIBLE = /^\p{Cf}$/u;

export function toMatchingText(original: string): MatchingText {
  let text = '';
  // For each UTF-16 unit of `text`, where its code point starts and ends in `original`.
  const starts: number[] = [];
  const ends: number[] = [];
  const append = (unit: string, start: number, end: number) => {
    for (let k = 0; k < unit.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    text += unit;
  };

  let i = 0;
  for (const char of original) {
    const start = i;
    const end = i + char.length;
    i = end;
    if (INVISIBLE.test(char)) continue;
    // Per character, not the whole text: a composed character must not swallow its neighbours' offsets.
    const canonical = char.normalize('NFKC');
    if (SPACE.test(canonical)) {
      if (text.endsWith(' ')) ends[ends.length - 1] = end;
      else append(' ', start, end);
    } else if (DASH.test(canonical)) {
      append('-', start, end);
    } else {
      append(canonical, start, end);
    }
  }

  return {
    text,
    toOriginal(from, to) {
      return { start: starts[from], end: ends[to - 1] };
    },
  };
}
