/**
 * Whether a product name that is also an everyday word ("teams", "zoom", "word") names the
 * product although written in lower case, as people type in chat: "can i use teams for this",
 * "and zoom?", "a word document". The words around it decide: "teams of nurses", "our teams"
 * and "an exchange of documents" stay everyday words. Only the token's neighbours are read, so
 * a wrong guess costs one facet, and the eval sets hold both readings.
 */
import { Language } from '../types';
import { QuestionToken } from '../text/question-tokens';

/** Words after which a bare name is the thing used or asked about ("in teams", "via outlook"). */
const BEFORE_A_PRODUCT: Record<Language, Set<string>> = {
  en: new Set(['in', 'on', 'via', 'through', 'with', 'use', 'using', 'and', 'or', 'over', 'vs', 'versus', 'than', 'into', 'from', 'about', 'inside', 'like']),
  sv: new Set(['i', 'på', 'via', 'genom', 'med', 'och', 'eller', 'än', 'från', 'om', 'använda', 'använder']),
};

/** Words that make the name before them a product's ("teams meeting", "word document"). */
const AFTER_A_PRODUCT: Record<Language, Set<string>> = {
  en: new Set([
    'meeting', 'meetings', 'call', 'calls', 'chat', 'chats', 'channel', 'channels', 'app', 'account', 'accounts',
    'file', 'files', 'doc', 'docs', 'document', 'documents', 'sheet', 'sheets', 'spreadsheet', 'spreadsheets',
    'mailbox', 'calendar', 'online', 'workspace', 'form', 'survey', 'surveys',
  ]),
  sv: new Set(['möte', 'möten', 'mötet', 'samtal', 'chatt', 'chatten', 'kanal', 'kanalen', 'appen', 'fil', 'filer', 'dokument']),
};

/** "teams of nurses", "a word of caution": the everyday word, whatever stands before it. */
const EVERYDAY_AFTER: Record<Language, Set<string>> = { en: new Set(['of']), sv: new Set() };

/** "the outlook", "our teams", "two teams": a determiner makes the word the everyday one, unless a product word follows. */
const DETERMINERS: Record<Language, Set<string>> = {
  en: new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some', 'all', 'two', 'three', 'several', 'many']),
  sv: new Set(),
};

/** A question's verb before its subject, at its start: "is zoom ok…", "does teams keep…". */
const QUESTION_VERBS: Record<Language, Set<string>> = {
  en: new Set(['is', 'are', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'would', 'will', 'was', 'were']),
  sv: new Set(),
};

/** What a question's first word is asked about: "zoom for health data?", "teams ok?", "Teams is fine for …". */
const ASKED_OF: Record<Language, Set<string>> = {
  en: new Set(['for', 'ok', 'okay', 'allowed', 'safe', 'approved', 'compliant', 'secure', 'is', 'fine', 'good', 'works']),
  sv: new Set(),
};

export function namedByContext(tokens: QuestionToken[], i: number, language: Language): boolean {
  const next = tokens[i + 1]?.word;
  if (next !== undefined && EVERYDAY_AFTER[language].has(next)) return false;
  if (next !== undefined && AFTER_A_PRODUCT[language].has(next)) return true;
  // Alone, it is a follow-up naming one side ("teams?").
  if (tokens.length === 1) return true;
  const previous = tokens[i - 1]?.word;
  if (previous === undefined) return next !== undefined && ASKED_OF[language].has(next);
  if (DETERMINERS[language].has(previous)) return false;
  return BEFORE_A_PRODUCT[language].has(previous) || (i === 1 && QUESTION_VERBS[language].has(previous));
}
