/**
 * YAML whose aliases expand exponentially ("billion laughs") in front matter, a sidecar or the
 * glossary: reported with its path and line, left out, and never a crash of the whole load.
 */
import { parseYamlSource } from '../../../bot/engine/knowledge/yaml-source';
import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { createEngine } from '../../../bot/engine/engine';
import { GLOSSARY, makeFolder, markdown, removeFolder, writeFiles } from '../../support/knowledge-folder';
import { aliasBomb, aliasBombMarkdown } from './alias-bomb-yaml';

const ALIAS_MESSAGE = /^YAML syntax: aliases \(\*name\) expand to more than 100 copies, as in an alias bomb; write the values out/;

describe('parseYamlSource and aliases', () => {
  test('an alias bomb is an error at the first alias, quickly, not a throw', () => {
    const started = Date.now();
    const source = parseYamlSource(aliasBomb());
    expect(source.value).toBeUndefined();
    expect(source.errors).toEqual([{ line: 2, message: expect.stringMatching(/^aliases \(\*name\) expand to more than 100 copies/) }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a few aliases, as an admin might use them, still read', () => {
    const source = parseYamlSource('base: &villkor [loggning]\nfirst: *villkor\nsecond: *villkor\n');
    expect(source.errors).toEqual([]);
    expect(source.value).toEqual({ base: ['loggning'], first: ['loggning'], second: ['loggning'] });
  });
});

describe('a knowledge folder with alias bombs', () => {
  let dir: string;
  afterEach(() => removeFolder(dir));

  test('each bomb file is reported with its path and line and left out; the rest loads', async () => {
    dir = await makeFolder({
      'glossary.yml': GLOSSARY,
      'good.md': markdown({ id: 'good' }),
      'bomb.md': aliasBombMarkdown(),
      'rapport.txt': 'Text om molnet och OneDrive.',
      'rapport.txt.meta.yml': `kind: report\n${aliasBomb()}`,
    });
    const folder = await loadKnowledgeFolder(dir);
    expect(folder.problems.map((p) => [p.path, p.line])).toEqual([
      ['bomb.md', 4],
      ['rapport.txt.meta.yml', 3],
    ]);
    for (const problem of folder.problems) expect(problem.message).toMatch(ALIAS_MESSAGE);
    expect(folder.documents.map((d) => d.path)).toEqual(['good.md']);
  });

  test('a bomb in the glossary makes the folder unservable with a clear problem, not a crash', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY + aliasBomb(), 'good.md': markdown({ id: 'good' }) });
    const folder = await loadKnowledgeFolder(dir);
    expect(folder.glossary).toBeUndefined();
    // GLOSSARY has 16 lines, so the bomb's line 2 is line 18.
    expect(folder.problems).toEqual([{ path: 'glossary.yml', line: 18, message: expect.stringMatching(ALIAS_MESSAGE) }]);
  });

  test('the engine starts past a bomb, and a reload onto a bombed glossary keeps the last good index', async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }), 'bomb.md': aliasBombMarkdown() });
    const engine = await createEngine({ knowledgeDir: dir });
    expect(engine.documentCount).toBe(1);
    expect(engine.problems.map((p) => p.path)).toEqual(['bomb.md']);
    expect((await engine.ask('Får jag lagra hälsodata i OneDrive?')).citations.map((c) => c.id)).toEqual(['good']);

    await writeFiles(dir, { 'glossary.yml': GLOSSARY + aliasBomb() });
    const result = await engine.reload();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toContain('glossary.yml');
    expect(engine.documentCount).toBe(1);
    expect((await engine.ask('Får jag lagra hälsodata i OneDrive?')).citations.map((c) => c.id)).toEqual(['good']);
  });
});
