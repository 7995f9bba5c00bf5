/**
 * From the facet matches of a question to what it asks about: which services and data
 * classes decide, which readings the answer must state, a sector named without its data,
 * and services the glossary does not know ("i Slack"), which must never borrow another
 * service's verdict.
 */
import { Facets, Glossary, Language, LocalizedText } from '../types';
import { ancestorsOf } from '../knowledge/glossary';
import { isSwedishWordForm } from '../text/swedish-words';
import { ORDINARY_READING } from '../strings/answer';
import { QuestionToken, questionTokens } from '../text/question-tokens';
import { isPermissionWord, isQuestionWord } from '../text/question-words';
import { FacetMatch, findFacetMatches } from './find-facets';

export type Reading =
  | { kind: 'typo'; written: string; read: string }
  | { kind: 'interpretation'; term: string; text: LocalizedText };

export interface QuestionFacets {
  /** The question's words, as the matches count them. */
  tokens: QuestionToken[];
  /** What decides the verdict. */
  facets: Facets;
  matches: FacetMatch[];
  readings: Reading[];
  /** A sector named with no data class ("Får förskolan …?"): its confidential class, read beside ordinary information. */
  sectorOnly?: { data: string; written: string };
  /** Names used as a service that the glossary lacks, as written ("Slack"). */
  unknownServices: string[];
  /**
   * A word the knowledge never uses stands where a service would ("använda wordpress"): the
   * question may name a service no one recognised, so it is not treated as naming none.
   */
  mayNameService: boolean;
}

/** Words after which a name is where data is put or a tool used: "i Slack", "with iCloud". */
const PLACE_WORDS: Record<Language, Set<string>> = {
  sv: new Set(['i', 'på', 'via', 'med', 'genom', 'inom', 'hos', 'från', 'till', 'använda', 'använder', 'nyttja', 'köra', 'in']),
  en: new Set(['in', 'on', 'via', 'with', 'into', 'through', 'using', 'use', 'from', 'at', 'to', 'onto']),
};
/** Words that say the information is without the kind that follows them ("utan sekretess", "non-confidential"). */
const WITHOUT: Record<Language, Set<string>> = { sv: new Set(['utan', 'ej', 'icke']), en: new Set(['without', 'non']) };

/** Places, not services, even where they follow "i" / "in". */
const PLACES = new Set(['sverige', 'sweden', 'eu', 'eea', 'ees', 'usa', 'us', 'europa', 'europe', 'molnet', 'cloud']);

/**
 * `isKnownWord`: a real word, never read as a typo. `inKnowledge`: a word the knowledge uses,
 * so no unknown service ("Slack" is an English word, yet a service no document names).
 */
export function understandFacets(text: string, language: Language, glossary: Glossary, isKnownWord: (token: QuestionToken) => boolean, inKnowledge: (token: QuestionToken) => boolean = isKnownWord): QuestionFacets {
  const tokens = questionTokens(text, language);
  const matches = findFacetMatches(text, language, glossary, { typos: true, isKnownWord, tokens });
  const covered = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const unknownServices = findUnknownServices(tokens, covered, language, inKnowledge, isKnownWord);

  const named = matches.filter((m) => m.kind === 'services' && m.role === 'synonym');
  // "kalender" is Exchange only when no other service is named: "Zoom-kalendern" is Zoom's.
  const generic = named.length === 0 && unknownServices.length === 0 ? matches.filter((m) => m.kind === 'services' && m.role === 'generic') : [];
  const services = unique([...named, ...generic].map((m) => m.id));

  let data = unique(matches.filter((m) => m.kind === 'data' && m.role === 'synonym').map((m) => m.id));
  // "utan sekretess", "ej sekretessbelagda", "non-confidential": information without that kind is ordinary information.
  const negated = glossary.ordinaryData ? matches.filter((m) => m.kind === 'data' && m.role === 'synonym' && WITHOUT[language].has(tokens[m.start - 1]?.word ?? '')) : [];
  if (negated.length > 0) data = unique([...data.filter((id) => !negated.some((m) => m.id === id)), glossary.ordinaryData!]);
  const sectors = matches.filter((m) => m.kind === 'data' && m.role === 'sector');
  let sectorOnly: QuestionFacets['sectorOnly'];
  if (sectors.length > 0) {
    if (data.length === 0) {
      sectorOnly = { data: sectors[0].id, written: sectors[0].written };
    } else {
      // "sekretessbelagda uppgifter i socialtjänsten" are social-services data: the sector narrows a class it belongs to.
      for (const sector of sectors) {
        const broader = data.filter((id) => ancestorsOf(glossary.data, sector.id).includes(id) && id !== sector.id);
        if (broader.length > 0) data = unique([...data.filter((id) => !broader.includes(id)), sector.id]);
      }
    }
  }

  const readings: Reading[] = [];
  for (const match of matches) {
    if (match.corrected) readings.push({ kind: 'typo', written: match.written, read: match.synonym });
    if (match.reading) readings.push({ kind: 'interpretation', term: match.written.toLowerCase(), text: match.reading });
  }
  for (const match of negated) {
    const without = tokens[match.start - 1];
    readings.push({ kind: 'interpretation', term: `${without.written}${without.hyphenNext ? '-' : ' '}${match.written}`.toLowerCase(), text: ORDINARY_READING });
  }
  const mayNameService = unknownServices.length > 0 || placedUnknownWord(tokens, covered, language, inKnowledge);
  return { tokens, facets: { services, data }, matches, readings: uniqueReadings(readings), ...(sectorOnly ? { sectorOnly } : {}), unknownServices, mayNameService };
}

/**
 * A name, not a known word, right where a service would stand: "i Slack", "Slack-kanalen", and
 * in lower case as people chat, "med chatgpt", where the word is no English or Swedish word at all.
 */
function findUnknownServices(
  tokens: QuestionToken[],
  covered: Set<number>,
  language: Language,
  isKnownWord: (token: QuestionToken) => boolean,
  isRealWord: (token: QuestionToken) => boolean,
): string[] {
  const names: string[] = [];
  tokens.forEach((token, i) => {
    if (covered.has(i) || token.functionWord || token.word.length < 3) return;
    if (!token.capitalised) {
      if (placedAt(tokens, i, language) && looksLikeProductName(token) && !PLACES.has(token.word) && !isKnownWord(token) && !isRealWord(token) && !isSwedishWordForm(token.word)) names.push(token.written);
      return;
    }
    if (token.sentenceStart && !token.hyphenNext) return;
    if (PLACES.has(token.word) || isKnownWord(token) || isQuestionWord(token.stem, language) || isPermissionWord(token.word, language)) return;
    if (placedAt(tokens, i, language) || token.hyphenNext) names.push(token.written);
  });
  return unique(names);
}

/** A word the knowledge never uses where a service would stand, recognised as a name or not. */
function placedUnknownWord(tokens: QuestionToken[], covered: Set<number>, language: Language, inKnowledge: (token: QuestionToken) => boolean): boolean {
  return tokens.some((token, i) => placedAt(tokens, i, language) && !covered.has(i) && !token.functionWord && !PLACES.has(token.word) && !inKnowledge(token) && !isQuestionWord(token.stem, language));
}

/** Right after a word that puts data in a place or uses a tool: "i …", "via …", "använda …". */
function placedAt(tokens: QuestionToken[], i: number, language: Language): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && PLACE_WORDS[language].has(previous.word);
}

/** Product names are written in plain letters and digits ("chatgpt", "m365"); a word with å/ä/ö is Swedish. */
function looksLikeProductName(token: QuestionToken): boolean {
  return /^[a-z][a-z0-9]{3,}$/.test(token.word);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueReadings(readings: Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** Services and data classes a passage speaks of, every word counted (passages are not questions). */
export function facetsOf(matches: FacetMatch[]): Facets {
  const ids = (kind: FacetMatch['kind']) => unique(matches.filter((m) => m.kind === kind).map((m) => m.id));
  return { services: ids('services'), data: ids('data') };
}
