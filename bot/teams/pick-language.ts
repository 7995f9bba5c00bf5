/**
 * The language to talk in: the question's own (from the Answer) when there is one, then the
 * client's locale, then Swedish, the organisation's working language.
 */
import { Language } from '../engine';

export function pickLanguage(answerLanguage: Language | undefined, locale: string | undefined): Language {
  if (answerLanguage) return answerLanguage;
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
