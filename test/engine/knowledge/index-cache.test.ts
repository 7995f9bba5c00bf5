import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INDEX_SCHEMA_VERSION, KnowledgeBase, loadKnowledgeBase } from '../../../bot/engine/knowledge-base';
import { normalizeText } from '../../../bot/engine/text/normalize';
import { GLOSSARY, makeFolder, markdown, removeFolder, writeFiles } from '../../support/knowledge-folder';

const DECISION = markdown({ id: 'beslut', rulings: '\n  - { service: onedrive, data: health, verdict: not_allowed }' });

describe('the index cache under DATA_DIR', () => {
  let knowledgeDir: string;
  let dataDir: string;
  beforeEach(async () => {
    // One broken file, so the cache must carry problems too.
    knowledgeDir = await makeFolder({ 'glossary.yml': GLOSSARY, 'beslut.md': DECISION, 'trasig.md': markdown({ kind: 'memo' }) });
    dataDir = await mkdtemp(path.join(tmpdir(), 'molnkoll-data-'));
  });
  afterEach(async () => {
    await removeFolder(knowledgeDir);
    await removeFolder(dataDir);
  });

  const load = () => loadKnowledgeBase(knowledgeDir, dataDir);
  const cacheFiles = async () => (await readdir(dataDir)).filter((name) => name.endsWith('.json'));
  async function onlyCacheFile(): Promise<string> {
    const files = await cacheFiles();
    expect(files).toHaveLength(1);
    return path.join(dataDir, files[0]);
  }
  /** What a load serves, without the fields that differ by design between a build and a cache load. */
  const served = (base: KnowledgeBase) => ({ servable: base.servable, glossary: base.glossary, documents: base.documents, problems: base.problems, passages: base.passages, rulings: base.rulings });
  const hitsFor = (base: KnowledgeBase, word: string) => base.index.search(normalizeText(word, 'sv').map((term) => ({ term, boost: 1 }))).map((hit) => hit.passageId);

  it('is created on the first load and reused on the second, serving the same knowledge', async () => {
    const built = await load();
    expect(built.fromCache).toBe(false);
    expect(built.problems).toEqual([expect.objectContaining({ path: 'trasig.md' })]);
    const cacheFile = await onlyCacheFile();
    expect(path.basename(cacheFile)).toMatch(new RegExp(`^index-v${INDEX_SCHEMA_VERSION}-[0-9a-f]{16}\\.json$`));

    const cached = await load();
    expect(cached.fromCache).toBe(true);
    expect(served(cached)).toEqual(served(built));
    expect(hitsFor(cached, 'sekretessfrågan')).toEqual(['beslut#0']);
  });

  it('is rebuilt when a knowledge file changes', async () => {
    await load();
    await writeFiles(knowledgeDir, { 'beslut.md': DECISION.replace('not_allowed', 'allowed') });
    const rebuilt = await load();
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.rulings.map((r) => r.ruling.verdict)).toEqual(['allowed']);
    expect((await load()).fromCache).toBe(true);
    // The cache of the old folder is removed, not left to pile up.
    expect(await cacheFiles()).toHaveLength(1);
  });

  it('is rebuilt when its schema version differs', async () => {
    await load();
    const cacheFile = await onlyCacheFile();
    const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as { schemaVersion: number };
    await writeFile(cacheFile, JSON.stringify({ ...cache, schemaVersion: INDEX_SCHEMA_VERSION - 1 }));

    expect((await load()).fromCache).toBe(false);
    expect((JSON.parse(await readFile(cacheFile, 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(INDEX_SCHEMA_VERSION);
    expect((await load()).fromCache).toBe(true);
  });

  it.each([
    ['truncated', (json: string) => json.slice(0, json.length / 2)],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['JSON null', () => 'null'],
    ['empty', () => ''],
  ])('is ignored and rebuilt when %s', async (_name, damage) => {
    const built = await load();
    const cacheFile = await onlyCacheFile();
    await writeFile(cacheFile, damage(await readFile(cacheFile, 'utf8')));

    const rebuilt = await load();
    expect(rebuilt.fromCache).toBe(false);
    expect(served(rebuilt)).toEqual(served(built));
    expect((await load()).fromCache).toBe(true);
  });
});
