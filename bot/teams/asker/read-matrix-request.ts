/** `matris` / `matrix` ask for the verdict matrix; the word picks the language. */
import { Language } from '../../engine';

const MATRIX_WORDS: Record<string, Language> = { matris: 'sv', '/matris': 'sv', matrix: 'en', '/matrix': 'en' };

export function readMatrixRequest(text: string): Language | null {
  return MATRIX_WORDS[text.trim().toLowerCase().replace(/[.!]+$/, '')] ?? null;
}
