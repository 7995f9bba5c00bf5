/**
 * People open with a greeting and close with thanks ("God morgon, vad är CLOUD Act?", "Hi! Can
 * we use Teams…? Thanks"). Those words are not part of the question: left in, they would count
 * as words no passage covers, and "vad är" would no longer open the sentence. Only whole
 * phrases at the very start or end are taken, each followed (or preceded) by a break.
 */
const OPENINGS = [
  'hej hej', 'hejsan', 'hallå', 'hej', 'tjena', 'tjenare', 'tja', 'god morgon', 'god dag', 'goddag', 'god kväll', 'morsning', 'halloj',
  'hello there', 'hello', 'hi there', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening',
  'tack', 'tack så mycket', 'tackar', 'thanks', 'thank you', 'ok', 'okej', 'okay', 'bra',
];
const CLOSINGS = ['tack på förhand', 'tack så mycket', 'tack', 'tackar', 'mvh', 'thanks in advance', 'thank you', 'thanks', 'cheers'];

const escape = (phrase: string) => phrase.replace(/\s+/g, '\\s+');
const byLength = (phrases: string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
// An opening ends at a comma, a full stop, an exclamation mark, a dash or a line break; a closing starts after one.
const OPENING = new RegExp(`^\\s*(?:${byLength(OPENINGS)})\\s*[,.!\\-–—:\\n]+\\s*`, 'iu');
const CLOSING = new RegExp(`(?<=[?.!,\\n])\\s*(?:${byLength(CLOSINGS)})\\s*[.!🙂😊]*\\s*$`, 'iu');

export function stripPleasantries(text: string): string {
  let stripped = text;
  // "Hej! Tack för hjälpen igår, …" can open twice.
  for (let i = 0; i < 2; i++) stripped = stripped.replace(OPENING, '');
  stripped = stripped.replace(CLOSING, '');
  // A greeting alone is not a question to strip down to nothing.
  return stripped.trim().length > 0 ? stripped : text;
}
