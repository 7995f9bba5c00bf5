/**
 * One normalisation for the index, the query and the glossary: lowercase words, stemmed by
 * the language of the text they come from. Stemming every word with both stemmers mangles
 * words ("internal" → "int"), so callers say which language a text is in.
 */
import lunr from 'lunr';
import { Language } from '../types';

// lunr-languages extends the lunr object in place; register once, before any Index.load.
/* eslint-disable @typescript-eslint/no-require-imports */
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.sv')(lunr);
/* eslint-enable @typescript-eslint/no-require-imports */

type TokenFn = (token: lunr.Token) => lunr.Token | undefined;
interface LunrWithSwedish {
  sv: { stemmer: TokenFn; stopWordFilter: TokenFn };
  stemmer: TokenFn;
  stopWordFilter: TokenFn;
}
const lunrSv = lunr as unknown as LunrWithSwedish;

const STEMMERS: Record<Language, TokenFn> = { sv: lunrSv.sv.stemmer, en: lunrSv.stemmer };
const STOP_FILTERS: Record<Language, TokenFn> = { sv: lunrSv.sv.stopWordFilter, en: lunrSv.stopWordFilter };

/** Lowercased words and numbers; every other character separates ("OneDrive-mappen" → onedrive, mappen). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The Swedish snowball stemmer leaves some definite forms alone ("hälsodatan", "avtalet",
 * "skolan"), so they never meet their indefinite form. Reduce those endings first.
 */
// Words whose base form ends in -et, often loanwords, which must not lose it.
const BASE_FORMS_IN_ET = new Set(['internet', 'budget', 'paket', 'ticket', 'tablet', 'kabinett', 'target', 'market']);

// Loanwords in -ens whose base form snowball mistakes for a genitive ("licens" → "lic", but
// "licenser" → "licens"); every inflection is reduced to the base so all forms meet.
const BASE_FORMS_IN_ENS = ['licens', 'konsekvens', 'kompetens', 'referens', 'frekvens', 'konferens', 'instans', 'evidens', 'tendens'];
const ENS_INFLECTION = /^(er|erna|ernas|en|ens|ers)?$/;

export function reduceSwedishInflection(word: string): string {
  const ensBase = BASE_FORMS_IN_ENS.find((base) => word.startsWith(base) && ENS_INFLECTION.test(word.slice(base.length)));
  if (ensBase) return ensBase;
  if (word.length >= 6 && /(?<!h)ets?$/.test(word) && !BASE_FORMS_IN_ET.has(word.replace(/s$/, ''))) return word.replace(/ets?$/, '');
  if (word.length >= 5 && /ans?$/.test(word)) return word.replace(/ns?$/, '');
  return word;
}

export function stemWord(word: string, language: Language): string {
  const base = language === 'sv' ? reduceSwedishInflection(word) : word;
  return STEMMERS[language](new lunr.Token(base, {}))?.toString() ?? base;
}

export function isStopWord(word: string, language: Language): boolean {
  return STOP_FILTERS[language](new lunr.Token(word, {})) === undefined;
}

/** Content words of a text, stemmed by its language: what the index stores and the query asks. */
export function normalizeText(text: string, language: Language): string[] {
  return tokenize(text)
    .filter((word) => !isStopWord(word, language))
    .map((word) => stemWord(word, language));
}

/** Every word stemmed, stop words kept: for matching glossary phrases such as "Office 365". */
export function stemAll(text: string, language: Language): string[] {
  return tokenize(text).map((word) => stemWord(word, language));
}
