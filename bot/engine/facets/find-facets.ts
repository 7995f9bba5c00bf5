/**
 * Finds the glossary's services and data classes in a text. Synonyms match whole words and
 * phrases first (longest wins), then inside compounds and run-together phrases (by the end:
 * "patientjournalerna"; by a head before a word for information: "patientinfo"; by the opening:
 * "patientmöten", "teamsmötet"; typed as one word: "healthdata"), then with a typo or without
 * å/ä/ö ("patientjornaler", "halsodata"). Function
 * words and negations never match ("inte" is not "intern"), and a synonym that is also an
 * everyday word ("teams of nurses") counts only where it is written as a name or its neighbours
 * make it one ("in teams", "zoom meetings").
 */
import { FacetEntry, Glossary, Language, LocalizedText } from '../types';
import { stemWord, tokenize } from '../text/normalize';
import { QuestionToken, questionTokens } from '../text/question-tokens';
import { MIN_TYPO_LENGTH, foldDiacritics, foldedTypoDistance } from '../text/typos';
import { namedByContext } from './named-by-context';
import { baseFormsOf, isSwedishWordForm } from '../text/swedish-words';

export type FacetKind = 'services' | 'data';

/** What a synonym is to its facet: the facet itself, a generic word for it, or a sector it serves. */
export type MatchRole = 'synonym' | 'generic' | 'sector';

export interface FacetMatch {
  kind: FacetKind;
  id: string;
  /** Token positions in the text, end exclusive. */
  start: number;
  end: number;
  /** The text's words as written. */
  written: string;
  /** The glossary words they were read as. */
  synonym: string;
  role: MatchRole;
  /** Read with a typo or a missing å/ä/ö corrected: the answer names the reading. */
  corrected: boolean;
  /** A term read as this class although it could mean another (glossary `interpretations`). */
  reading?: LocalizedText;
}

export interface FindOptions {
  /** Correct typos (questions); passages are matched as written. */
  typos?: boolean;
  /** A real word that must never be read as a typo of a synonym ("patent" is not "patient"). */
  isKnownWord?: (token: QuestionToken) => boolean;
  /** The text's tokens, when the caller has them already. */
  tokens?: QuestionToken[];
}

interface SynonymMatcher {
  kind: FacetKind;
  id: string;
  synonym: string;
  role: MatchRole;
  words: string[];
  stems: Record<Language, string[]>;
  /** `words` and `stems` without å/ä/ö and other marks, for the typo step. */
  folded: { words: string[]; stems: Record<Language, string[]> };
  /** Languages in which this one-word synonym is also an everyday word. */
  everydayIn: Language[];
  reading?: LocalizedText;
}

const MIN_COMPOUND_TAIL = 4;
const MIN_COMPOUND_HEAD = 3;
/**
 * What may follow a kind of information or a service in a compound read by its opening: things
 * that hold information ("patientmöten", "elevsamtal", "journalkopior") or parts of a service
 * ("teamsmötet", "onedrivemappen", "outlookkalendern"). Others name something else: "elevkören".
 */
const OPENED_COMPOUND_RESTS = new Set([
  'möte', 'samtal', 'anteckning', 'dokument', 'lista', 'fil', 'kopia', 'rapport', 'plan', 'ärende', 'uppgift', 'bild', 'foto', 'video',
  'inspelning', 'mejl', 'brev', 'intyg', 'utredning', 'bedömning', 'omdöme', 'register', 'akt', 'protokoll', 'underlag', 'meddelande', 'chatt',
  'kanal', 'mapp', 'konto', 'kalender', 'sida', 'grupp', 'länk', 'app', 'flik', 'logg', 'post', 'inkorg', 'arbetsyta',
]);
/** A compound read by its opening synonym is at least this long: "elevsamtal", "patientmöten". */
const MIN_OPENED_COMPOUND = 8;
/** Shorter stems are too ambiguous to match on ("inte" and "intern" both stem to "int"). */
const MIN_STEM_MATCH = 4;
/** Words that say "information about": a compound ending in one is about its head ("patientinfo"). */
const INFORMATION_TAILS = ['info', 'information', 'uppgift', 'uppgifter', 'uppgifterna', 'data', 'datan', 'dokument', 'dokumenten', 'grejer', 'filer', 'filerna', 'papper', 'anteckningar', 'listor', 'lista', 'listan'];

const matcherCache = new WeakMap<Glossary, SynonymMatcher[]>();
const everydayCache = new WeakMap<Glossary, Record<Language, Set<string>>>();

/** Every everyday word of the glossary, per language: such a word written plainly names nothing. */
function everydayWordsOf(glossary: Glossary): Record<Language, Set<string>> {
  let words = everydayCache.get(glossary);
  if (!words) {
    const entries = [...Object.values(glossary.services), ...Object.values(glossary.data)];
    const of = (language: Language) => new Set(entries.flatMap((e) => (e.everyday?.[language] ?? []).map((w) => w.toLowerCase())));
    words = { sv: of('sv'), en: of('en') };
    everydayCache.set(glossary, words);
  }
  return words;
}

function matchersOf(glossary: Glossary): SynonymMatcher[] {
  let matchers = matcherCache.get(glossary);
  if (!matchers) {
    matchers = [...matchersFor('services', glossary.services), ...matchersFor('data', glossary.data)]
      .filter((m) => m.words.length > 0)
      // Longest synonyms first, so "Google Analytics" is tried before "Google".
      .sort((a, b) => b.words.length - a.words.length || b.synonym.length - a.synonym.length);
    matcherCache.set(glossary, matchers);
  }
  return matchers;
}

interface CompoundTail {
  matcher: SynonymMatcher;
  /** The matcher's place in trying order. */
  order: number;
}

const tailCache = new WeakMap<Glossary, Partial<Record<Language, Map<string, CompoundTail>>>>();

/** Each one-word synonym (as written and as stemmed) that may end a compound, with the first matcher that has it. */
function compoundTailsOf(glossary: Glossary, language: Language): Map<string, CompoundTail> {
  const cached = tailCache.get(glossary) ?? {};
  let tails = cached[language];
  if (!tails) {
    tails = new Map();
    const singleWord = matchersOf(glossary).filter((m) => m.words.length === 1 && m.everydayIn.length === 0);
    for (const [order, matcher] of singleWord.entries()) {
      for (const tail of [matcher.words[0], matcher.stems[language][0]]) {
        if (tail.length >= MIN_COMPOUND_TAIL && !tails.has(tail)) tails.set(tail, { matcher, order });
      }
    }
    tailCache.set(glossary, { ...cached, [language]: tails });
  }
  return tails;
}

/** General English words for information, after which the words before them say which kind ("records" is not one: "public records" are official records, not public information). */
const GENERAL_INFORMATION_EN = new Set(['stuff', 'info', 'things', 'details', 'files', 'notes', 'documents', 'docs', 'material', 'materials', 'data', 'information']);

/** Matchers by a key each may have, the first one kept for a key; built once per glossary and `keyOf`. */
const keyedCache = new WeakMap<Glossary, Map<(m: SynonymMatcher) => string | undefined, Map<string, SynonymMatcher>>>();

function matchersKeyedBy(glossary: Glossary, keyOf: (matcher: SynonymMatcher) => string | undefined): Map<string, SynonymMatcher> {
  let byKeyOf = keyedCache.get(glossary);
  if (!byKeyOf) keyedCache.set(glossary, (byKeyOf = new Map()));
  let keyed = byKeyOf.get(keyOf);
  if (!keyed) {
    keyed = new Map();
    for (const matcher of matchersOf(glossary)) {
      const key = keyOf(matcher);
      if (key !== undefined && !keyed.has(key)) keyed.set(key, matcher);
    }
    byKeyOf.set(keyOf, keyed);
  }
  return keyed;
}

/** Every data synonym by its words: "health data" → the health matcher. */
const dataPhrase = (m: SynonymMatcher) => (m.kind === 'data' && m.role === 'synonym' ? m.words.join(' ') : undefined);
/** Each synonym of several words written as one: "health data" as "healthdata". */
const gluedPhrase = (m: SynonymMatcher) => (m.words.length > 1 && m.role !== 'generic' ? m.words.join('') : undefined);

function matchersFor(kind: FacetKind, entries: Record<string, FacetEntry>): SynonymMatcher[] {
  return Object.values(entries).flatMap((entry) => {
    const generic = new Set((entry.generic ?? []).map((g) => g.toLowerCase()));
    const make = (synonym: string, role: MatchRole, reading?: LocalizedText): SynonymMatcher => {
      const words = tokenize(synonym);
      const everydayIn = (['sv', 'en'] as const).filter((lang) => words.length === 1 && (entry.everyday?.[lang] ?? []).some((w) => w.toLowerCase() === words[0]));
      const stems = { sv: words.map((w) => stemWord(w, 'sv')), en: words.map((w) => stemWord(w, 'en')) };
      const folded = { words: words.map(foldDiacritics), stems: { sv: stems.sv.map(foldDiacritics), en: stems.en.map(foldDiacritics) } };
      return { kind, id: entry.id, synonym, role, words, everydayIn, reading, stems, folded };
    };
    return [
      ...entry.synonyms.map((s) => make(s, generic.has(s.toLowerCase()) ? 'generic' : 'synonym')),
      ...(entry.sectors ?? []).map((s) => make(s, 'sector')),
      ...(entry.interpretations ?? []).flatMap((i) => i.terms.map((t) => make(t, 'synonym', i.reading))),
    ];
  });
}

export function findFacetMatches(text: string, language: Language, glossary: Glossary, options: FindOptions = {}): FacetMatch[] {
  const tokens = options.tokens ?? questionTokens(text, language);
  const covered = new Array<boolean>(tokens.length).fill(false);
  const matches: FacetMatch[] = [];
  const matchers = matchersOf(glossary);
  const claim = (matcher: SynonymMatcher, start: number, end: number, corrected: boolean) => {
    covered.fill(true, start, end);
    matches.push({
      kind: matcher.kind, id: matcher.id, start, end, role: matcher.role, corrected, synonym: matcher.synonym,
      written: tokens.slice(start, end).map((t) => t.written).join(' '),
      ...(matcher.reading ? { reading: matcher.reading } : {}),
    });
  };
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (covered[i]) return false;
    return true;
  };
  // A phrase may hold function words inside ("hälso- och sjukvård") but never start or end on one.
  const edgesAreContent = (start: number, end: number) => !tokens[start].functionWord && !tokens[end - 1].functionWord;
  const writtenAsName = (token: QuestionToken) => (token.capitalised && !token.sentenceStart) || token.hyphenNext;
  const namedAt = (i: number) => writtenAsName(tokens[i]) || namedByContext(tokens, i, language);
  const namedHere = (matcher: SynonymMatcher, i: number) => !matcher.everydayIn.includes(language) || namedAt(i);
  // "an intern" is a trainee even though English stems "internal" to "intern" too.
  const everyday = everydayWordsOf(glossary)[language];
  const plainEveryday = tokens.map((token, i) => everyday.has(token.word) && !namedAt(i));

  const sameWord = (token: QuestionToken, matcher: SynonymMatcher, j: number) =>
    token.word === matcher.words[j] || (token.stem.length >= MIN_STEM_MATCH && token.stem === matcher.stems[language][j]);

  // Where each word and stem stands, so a synonym is tried only where its first word does.
  const positions = new Map<string, number[]>();
  const at = (key: string, i: number) => {
    const list = positions.get(key);
    if (!list) positions.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  tokens.forEach((token, i) => {
    at(`w:${token.word}`, i);
    if (token.stem.length >= MIN_STEM_MATCH) at(`s:${token.stem}`, i);
  });
  const startsOf = (matcher: SynonymMatcher): number[] => {
    const byWord = positions.get(`w:${matcher.words[0]}`) ?? [];
    const byStem = positions.get(`s:${matcher.stems[language][0]}`) ?? [];
    return byStem.length === 0 ? byWord : [...new Set([...byWord, ...byStem])].sort((a, b) => a - b);
  };

  // 1. Whole words and phrases as written or inflected.
  for (const matcher of matchers) {
    for (const start of startsOf(matcher)) {
      const end = start + matcher.words.length;
      if (end > tokens.length) break;
      if (!free(start, end) || !edgesAreContent(start, end)) continue;
      if (matcher.words.length === 1 && plainEveryday[start]) continue;
      if (!matcher.words.every((_, j) => sameWord(tokens[start + j], matcher, j))) continue;
      if (!namedHere(matcher, start)) continue;
      claim(matcher, start, end, false);
    }
  }

  // 2. The end of a compound ("patientjournalerna"), for words no whole synonym claimed.
  const singleWord = matchers.filter((m) => m.words.length === 1 && m.everydayIn.length === 0);
  const tails = compoundTailsOf(glossary, language);
  tokens.forEach((token, i) => {
    if (covered[i] || token.functionWord || plainEveryday[i]) return;
    // The longest tail wins; of equally long ones, the synonym tried first.
    for (let length = Math.max(token.word.length, token.stem.length) - MIN_COMPOUND_HEAD; length >= MIN_COMPOUND_TAIL; length--) {
      const found = [token.word, token.stem]
        .filter((form) => form.length - length >= MIN_COMPOUND_HEAD)
        .map((form) => tails.get(form.slice(-length)))
        .filter((tail): tail is CompoundTail => tail !== undefined)
        .sort((a, b) => a.order - b.order)[0];
      if (found) {
        claim(found.matcher, i, i + 1, false);
        return;
      }
    }
  });

  // 3. A data class at the head of a compound about information ("patientinfo", "elevuppgifterna").
  const dataWords = singleWord.filter((m) => m.kind === 'data' && m.role === 'synonym');
  tokens.forEach((token, i) => {
    if (covered[i] || token.functionWord) return;
    const tail = INFORMATION_TAILS.find((t) => token.word.endsWith(t) && token.word.length - t.length >= MIN_COMPOUND_TAIL);
    if (!tail) return;
    // With and without a joining s: "orosanmälningsdokument", but "sekretessuppgifter" keeps its own.
    const whole = token.word.slice(0, -tail.length);
    const heads = whole.endsWith('s') ? [whole, whole.slice(0, -1)] : [whole];
    // The head as a synonym, or the head with another word for information ("hälsoinfo" as "hälsodata").
    const names = (m: SynonymMatcher, head: string) =>
      m.words[0] === head || stemWord(head, language) === m.stems[language][0] || INFORMATION_TAILS.some((t) => m.words[0] === head + t);
    const matcher = dataWords.find((m) => heads.some((head) => names(m, head)));
    if (matcher) claim(matcher, i, i + 1, false);
  });

  // 4. A phrase typed as one word ("healthdata", "googledrive", "office365").
  const glued = matchersKeyedBy(glossary, gluedPhrase);
  tokens.forEach((token, i) => {
    if (covered[i] || token.functionWord) return;
    const matcher = glued.get(token.word);
    if (matcher) claim(matcher, i, i + 1, false);
  });

  // 5. An English kind of information before a general word for it ("health stuff", "pupil info",
  // "social services details"): read as the synonym that ends in "data" or "information".
  if (language === 'en') {
    const phrases = matchersKeyedBy(glossary, dataPhrase);
    tokens.forEach((token, i) => {
      if (covered[i] || !GENERAL_INFORMATION_EN.has(token.word)) return;
      for (let start = i - 1; start >= Math.max(0, i - 3); start--) {
        if (!free(start, i)) break;
        const phrase = tokens.slice(start, i).map((t) => t.word).join(' ');
        const matcher = phrases.get(`${phrase} data`) ?? phrases.get(`${phrase} information`);
        if (matcher) {
          claim(matcher, start, i + 1, false);
          return;
        }
      }
    });
  }

  // 6. A Swedish compound that opens with a kind of information or a service ("patientmöten",
  // "elevsamtal", "teamsmötet"): only where the whole is no Swedish word ("journalisten" is one)
  // and the rest is one.
  // A product name that is an everyday English word ("zoom") may open a Swedish compound ("zoommöten").
  const openers = matchers.filter((m) => m.words.length === 1 && m.role === 'synonym' && !m.everydayIn.includes(language));
  if (options.typos && language === 'sv') {
    tokens.forEach((token, i) => {
      if (covered[i] || token.functionWord || token.word.length < MIN_OPENED_COMPOUND || isSwedishWordForm(token.word)) return;
      let best: SynonymMatcher | undefined;
      for (const matcher of openers) {
        // In a compound a word may drop its final e: "brukare" opens "brukarmöten".
        const word = matcher.words[0];
        const head = [word, word.endsWith('e') ? word.slice(0, -1) : ''].find((h) => h.length >= MIN_COMPOUND_TAIL && token.word.startsWith(h));
        if (!head || (best && word.length <= best.words[0].length)) continue;
        const rest = token.word.slice(head.length);
        const joined = rest.startsWith('s') ? rest.slice(1) : undefined;
        // Only a rest that holds information or is part of a service: "patientmöten", "teamsmötet", not "elevkören" or "diagnosverktyg".
        if ([rest, joined].some((r) => r !== undefined && r.length >= MIN_COMPOUND_HEAD && baseFormsOf(r).some((form) => OPENED_COMPOUND_RESTS.has(form)))) best = matcher;
      }
      if (best) claim(best, i, i + 1, false);
    });
  }

  // 7. Typos and missing å/ä/ö, in words no exact reading claimed.
  if (options.typos) {
    // Asked once per token, not once per synonym: a known word is never a typo, only maybe missing å/ä/ö.
    const mayBeTypo = tokens.map((token) => !token.functionWord && !everyday.has(token.word) && !(options.isKnownWord?.(token) ?? false));
    const foldedTokens = tokens.map((token) => ({ word: foldDiacritics(token.word), stem: foldDiacritics(token.stem) }));
    const readAs = (token: QuestionToken, matcher: SynonymMatcher, j: number, position: number): number | undefined => {
      if (sameWord(token, matcher, j)) return 0;
      if (token.word.length < MIN_TYPO_LENGTH - 1 || token.functionWord) return undefined;
      if (!mayBeTypo[position]) {
        const { word, stem } = foldedTokens[position];
        return word === matcher.folded.words[j] || stem === matcher.folded.stems[language][j] ? 0.5 : undefined;
      }
      const { word, stem } = foldedTokens[position];
      const byWord = foldedTypoDistance(word, matcher.folded.words[j], token.word.length);
      const byStem = foldedTypoDistance(stem, matcher.folded.stems[language][j], token.stem.length);
      if (byWord === undefined && byStem === undefined) return undefined;
      return Math.min(byWord ?? Infinity, byStem ?? Infinity) + 0.5;
    };
    for (const matcher of matchers) {
      const length = matcher.words.length;
      for (let start = 0; start + length <= tokens.length; start++) {
        const end = start + length;
        if (!free(start, end) || !edgesAreContent(start, end)) continue;
        // Every word must be read (exactly or corrected), and at least one corrected.
        let read = true;
        let corrected = false;
        for (let j = 0; j < length && read; j++) {
          const edits = readAs(tokens[start + j], matcher, j, start + j);
          if (edits === undefined) read = false;
          else if (edits > 0) corrected = true;
        }
        if (!read || !corrected) continue;
        // An everyday word corrected into a product name must look like a name ("Temas") or stand where one would ("in temas"), in the language where it is everyday.
        if (matcher.everydayIn.includes(language) && !tokens[start].capitalised && !namedByContext(tokens, start, language)) continue;
        claim(matcher, start, end, true);
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
