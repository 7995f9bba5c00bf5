/**
 * Writes a knowledge folder of Swedish-like documents for the benchmark: the bundled glossary,
 * and documents with front matter, rulings and `concerns` on the glossary's own services and data
 * classes, sections of about one passage each, and an English summary in some. Words are drawn
 * with Zipf-like frequencies from the bundled knowledge's own vocabulary plus made-up words, so
 * common words are common and most words are rare, as in a real folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DOCUMENT_KINDS, VERDICTS } from '../engine';
import { SeededRandom } from './seeded-random';

export interface CorpusOptions {
  /** The folder to write into; created if missing. */
  dir: string;
  /** About this many passages (sections) in all. */
  passages: number;
  seed: number;
  /** The folder whose glossary and words the corpus borrows (the bundled `knowledge/`). */
  sourceDir: string;
  /** Called every 1,000 documents written. */
  onProgress?: (documentsWritten: number) => void;
}

export interface CorpusVocabulary {
  /** Synonyms of each service and data class, as the glossary writes them. */
  services: Map<string, string[]>;
  data: Map<string, string[]>;
  /** Words in frequency order (most common first). */
  swedish: string[];
  english: string[];
}

const SECTIONS_PER_DOCUMENT = 5;
const SYNTHETIC_WORDS = 20_000;
const SYLLABLES = ['ba', 'de', 'fö', 'gra', 'hål', 'in', 'ju', 'kla', 'lä', 'mo', 'ny', 'or', 'på', 'rå', 'sta', 'tio', 'un', 've', 'yt', 'ör', 'skap', 'ning', 'het', 'lig', 'else'];
const ENGLISH = ['agreement', 'storage', 'provider', 'transfer', 'assessment', 'municipality', 'records', 'service', 'access', 'security', 'contract', 'decision', 'report', 'staff', 'system', 'review', 'risk', 'encryption', 'law', 'court', 'region', 'school', 'health', 'cloud', 'vendor'];
const ISSUERS = ['Kommunstyrelsen', 'Regionens IT-avdelning', 'Stadsledningskontoret', 'Förvaltningsrätten', 'Informationssäkerhetsrådet', 'Dataskyddsombudet', 'Utbildningsförvaltningen', 'Socialnämnden'];
const PLACES = ['Norrby', 'Sjöstad', 'Åkerö', 'Lillvik', 'Bergsala', 'Ängeby', 'Västerfors', 'Östmark'];

export function readVocabulary(sourceDir: string): CorpusVocabulary {
  const glossary = parse(fs.readFileSync(path.join(sourceDir, 'glossary.yml'), 'utf8')) as {
    services: Record<string, { synonyms: string[] }>;
    data: Record<string, { synonyms: string[] }>;
  };
  const services = new Map(Object.entries(glossary.services).map(([id, entry]) => [id, entry.synonyms]));
  const data = new Map(Object.entries(glossary.data).map(([id, entry]) => [id, entry.synonyms]));
  const counts = new Map<string, number>();
  for (const name of fs.readdirSync(sourceDir).filter((n) => n.endsWith('.md'))) {
    const body = fs.readFileSync(path.join(sourceDir, name), 'utf8').split(/^---$/m).slice(2).join(' ');
    for (const word of body.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const real = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const random = new SeededRandom(7);
  const made = new Set<string>();
  while (made.size < SYNTHETIC_WORDS) {
    const parts = random.int(2, 4);
    let word = '';
    for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
    if (!counts.has(word)) made.add(word);
  }
  // The real words keep their order at the head; made-up words form the rare tail.
  return { services, data, swedish: [...real, ...made], english: ENGLISH };
}

/** Writes the corpus; returns how many documents it wrote. */
export function generateCorpus(options: CorpusOptions): number {
  const vocabulary = readVocabulary(options.sourceDir);
  const random = new SeededRandom(options.seed);
  fs.mkdirSync(options.dir, { recursive: true });
  fs.copyFileSync(path.join(options.sourceDir, 'glossary.yml'), path.join(options.dir, 'glossary.yml'));
  const documents = Math.ceil(options.passages / SECTIONS_PER_DOCUMENT);
  for (let n = 0; n < documents; n++) {
    fs.writeFileSync(path.join(options.dir, `bench-${String(n).padStart(6, '0')}.md`), writeDocument(n, random, vocabulary));
    if ((n + 1) % 1000 === 0) options.onProgress?.(n + 1);
  }
  return documents;
}

function writeDocument(n: number, random: SeededRandom, vocabulary: CorpusVocabulary): string {
  const serviceIds = [...vocabulary.services.keys()];
  const dataIds = [...vocabulary.data.keys()];
  const service = random.pick(serviceIds);
  const data = random.pick(dataIds);
  const place = random.pick(PLACES);
  const year = random.int(2014, 2026);
  const date = `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const title = `${capitalise(sentenceWords(random, vocabulary, 4))} om ${random.pick(vocabulary.services.get(service)!)} (${place}, ${year})`;
  const lines = ['---', `id: bench-${n}`, `title: ${JSON.stringify(title)}`, `kind: ${random.pick(DOCUMENT_KINDS)}`];
  lines.push(`issuer: ${JSON.stringify(`${random.pick(ISSUERS)}, ${place}`)}`, `date: ${date}`, `source: "Benchmark corpus, document ${n}"`, 'language: sv');
  if (random.chance(0.1)) {
    lines.push('rulings:');
    const count = random.int(1, 3);
    for (let i = 0; i < count; i++) {
      lines.push(`  - service: ${i === 0 ? service : random.pick(serviceIds)}`, `    data: ${i === 0 ? data : random.pick(dataIds)}`, `    verdict: ${random.pick(VERDICTS)}`);
      lines.push(`    conditions: [${JSON.stringify(capitalise(sentenceWords(random, vocabulary, 8)) + '.')}]`);
      lines.push(`    note: ${JSON.stringify(capitalise(sentenceWords(random, vocabulary, 12)) + '.')}`);
    }
  } else if (random.chance(0.06)) {
    lines.push('concerns:', `  services: [${service}]`, `  data: [${data}]`, `  change: ${JSON.stringify(capitalise(sentenceWords(random, vocabulary, 10)) + '.')}`);
  }
  lines.push('---', '');
  const english = random.chance(0.3);
  for (let s = 0; s < SECTIONS_PER_DOCUMENT; s++) {
    const last = english && s === SECTIONS_PER_DOCUMENT - 1;
    lines.push(`## ${last ? 'Summary (English)' : capitalise(sentenceWords(random, vocabulary, 3))}`, '');
    lines.push(last ? englishParagraph(random, vocabulary, service, data) : swedishParagraph(random, vocabulary, service, data), '');
  }
  return lines.join('\n');
}

/** About 600 characters: sentences of Zipf-drawn words, naming the document's service and data now and then. */
function swedishParagraph(random: SeededRandom, vocabulary: CorpusVocabulary, service: string, data: string): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < 560) {
    let words = sentenceWords(random, vocabulary, random.int(8, 16));
    if (random.chance(0.25)) words += ` i ${random.pick(vocabulary.services.get(random.chance(0.7) ? service : random.pick([...vocabulary.services.keys()]))!)}`;
    if (random.chance(0.2)) words += ` för ${random.pick(vocabulary.data.get(random.chance(0.7) ? data : random.pick([...vocabulary.data.keys()]))!)}`;
    const sentence = `${capitalise(words)}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

function englishParagraph(random: SeededRandom, vocabulary: CorpusVocabulary, service: string, data: string): string {
  const sentences: string[] = [];
  for (let i = 0; i < 6; i++) {
    const words = Array.from({ length: random.int(6, 12) }, () => random.pick(vocabulary.english)).join(' ');
    sentences.push(`The ${words} in ${random.pick(vocabulary.services.get(service)!)} for ${random.pick(vocabulary.data.get(data)!)}.`);
  }
  return sentences.join(' ');
}

function sentenceWords(random: SeededRandom, vocabulary: CorpusVocabulary, count: number): string {
  return Array.from({ length: count }, () => vocabulary.swedish[random.zipf(vocabulary.swedish.length)]).join(' ');
}

const pad = (n: number) => String(n).padStart(2, '0');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
