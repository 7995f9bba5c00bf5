/** `help` / `hjälp` (and a few spellings) ask what the bot can do; the word picks the language. */
import { Language } from '../../engine';

const HELP_WORDS: Record<string, Language> = {
  help: 'en',
  '/help': 'en',
  hjälp: 'sv',
  hjalp: 'sv',
  '/hjälp': 'sv',
};

/** The language of a help request, or null when the text is not one. */
export function readHelpRequest(text: string): Language | null {
  const word = text.trim().toLowerCase().replace(/[.!]+$/, '');
  return HELP_WORDS[word] ?? null;
}
