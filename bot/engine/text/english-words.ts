/**
 * A large English word list, so that a real English word ("patent", "eleven") is never read
 * as a typo of a glossary term ("patient", "elever"). Loaded on first use: most questions
 * never need it.
 */
let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  if (!words) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    words = new Set(require('an-array-of-english-words') as string[]);
  }
  return words.has(word);
}
