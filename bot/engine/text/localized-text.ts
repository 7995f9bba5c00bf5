/** Reading admin-written text in the reader's language, falling back to the other side. */
import { Language, LocalizedText } from '../types';

export function textIn(text: LocalizedText, language: Language): string {
  return text[language] ?? text[language === 'sv' ? 'en' : 'sv'] ?? '';
}

/** Whether the text exists in this language itself (not only through the fallback). */
export function hasText(text: LocalizedText | undefined, language: Language): boolean {
  return text?.[language] !== undefined;
}
