/**
 * The bundled knowledge is written in our own words: no run of RUN consecutive words (lower
 * case, punctuation dropped) may be shared with the source texts in ../shared/sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RUN = 8;
const KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'knowledge');
const SOURCES_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'sources');

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}\s]+/gu, '').split(/\s+/).filter(Boolean);
}

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

/** Every run of RUN words in `text` that also occurs in one of `sources`. */
function sharedRuns(text: string, sources: Set<string>[]): string[] {
  return [...runsOf(text)].filter((run) => sources.some((source) => source.has(run)));
}

const readAll = (dir: string, keep: (name: string) => boolean) =>
  readdirSync(dir).filter(keep).sort().map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));

describe('own words', () => {
  it('catches a copied run of eight words or more, whatever its case and punctuation, and not a run of seven', () => {
    const source = runsOf('Staden pausade hela utrullningen för ungefär ett år sedan, enligt rapporten.');
    expect(sharedRuns('Enligt tidningen: STADEN pausade hela utrullningen – för ungefär ett år sedan!', [source]))
      .toEqual(['staden pausade hela utrullningen för ungefär ett år', 'pausade hela utrullningen för ungefär ett år sedan']);
    expect(sharedRuns('Staden pausade hela utrullningen för ungefär ett halvår sedan.', [source])).toEqual([]);
  });

  it('no knowledge document shares a run of eight words with a source text', () => {
    const sources = readAll(SOURCES_DIR, () => true);
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['facts.md']));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    const sourceRuns = sources.map((s) => runsOf(s.text));
    const documents = readAll(KNOWLEDGE_DIR, (name) => name.endsWith('.md'));
    expect(documents.length).toBeGreaterThan(20);
    const copied = documents.flatMap(({ name, text }) => sharedRuns(text, sourceRuns).map((run) => `${name}: ${run}`));
    expect(copied).toEqual([]);
  });
});
