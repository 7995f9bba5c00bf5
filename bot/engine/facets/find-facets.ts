/**
 * Finds the glossary's services and data classes in a question. Synonyms match whole words
 * and phrases first (longest wins), then as the end of a compound ("patientjournalerna" →
 * journal), never inside a word ("intern" does not find "internet").
 */
import { FacetEntry, Facets, Glossary, Language } from '../types';
import { stemAll, stemWord, tokenize } from '../text/normalize';

export type FacetKind = 'services' | 'data';

export interface FacetMatch {
  kind: FacetKind;
  id: string;
  /** Token positions in the question, end exclusive. */
  start: number;
  end: number;
}

interface SynonymMatcher {
  kind: FacetKind;
  id: string;
  /** The synonym as raw words and as stemmed by each language. */
  variants: string[][];
}

const MIN_COMPOUND_TAIL = 4;
const MIN_COMPOUND_HEAD = 3;

const matcherCache = new WeakMap<Glossary, SynonymMatcher[]>();

function matchersOf(glossary: Glossary): SynonymMatcher[] {
  let matchers = matcherCache.get(glossary);
  if (!matchers) {
    const forKind = (kind: FacetKind, entries: Record<string, FacetEntry>) =>
      Object.values(entries).flatMap((entry) =>
        entry.synonyms.map((synonym) => ({
          kind,
          id: entry.id,
          variants: uniqueVariants([tokenize(synonym), stemAll(synonym, 'sv'), stemAll(synonym, 'en')]),
        })),
      );
    matchers = [...forKind('services', glossary.services), ...forKind('data', glossary.data)]
      .filter((m) => m.variants[0].length > 0)
      // Longest synonyms first, so "Google Drive" is tried before "Drive".
      .sort((a, b) => b.variants[0].length - a.variants[0].length);
    matcherCache.set(glossary, matchers);
  }
  return matchers;
}

function uniqueVariants(variants: string[][]): string[][] {
  const seen = new Set<string>();
  return variants.filter((words) => !seen.has(words.join(' ')) && seen.add(words.join(' ')));
}

export function findFacetMatches(text: string, language: Language, glossary: Glossary): FacetMatch[] {
  const raw = tokenize(text);
  const stems = raw.map((word) => stemWord(word, language));
  const covered = new Array<boolean>(raw.length).fill(false);
  const matches: FacetMatch[] = [];
  const wordAt = (i: number, word: string) => raw[i] === word || stems[i] === word;

  for (const matcher of matchersOf(glossary)) {
    for (const words of matcher.variants) {
      for (let start = 0; start + words.length <= raw.length; start++) {
        const end = start + words.length;
        if (covered.slice(start, end).some(Boolean)) continue;
        if (!words.every((word, j) => wordAt(start + j, word))) continue;
        covered.fill(true, start, end);
        matches.push({ kind: matcher.kind, id: matcher.id, start, end });
      }
    }
  }

  // Compound tails only for words no whole synonym claimed.
  const singleWord = matchersOf(glossary).filter((m) => m.variants[0].length === 1);
  raw.forEach((word, i) => {
    if (covered[i]) return;
    let best: { matcher: SynonymMatcher; length: number } | undefined;
    for (const matcher of singleWord) {
      for (const [tail] of matcher.variants) {
        if (tail.length < MIN_COMPOUND_TAIL || (best && tail.length <= best.length)) continue;
        const isTail = [word, stems[i]].some((form) => form.length - tail.length >= MIN_COMPOUND_HEAD && form.endsWith(tail));
        if (isTail) best = { matcher, length: tail.length };
      }
    }
    if (best) matches.push({ kind: best.matcher.kind, id: best.matcher.id, start: i, end: i + 1 });
  });
  return matches.sort((a, b) => a.start - b.start);
}

export function facetsOf(matches: FacetMatch[]): Facets {
  const ids = (kind: FacetKind) => [...new Set(matches.filter((m) => m.kind === kind).map((m) => m.id))];
  return { services: ids('services'), data: ids('data') };
}
