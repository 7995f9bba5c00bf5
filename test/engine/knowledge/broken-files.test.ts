import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { loadKnowledgeBase } from '../../../bot/engine/knowledge-base';
import { createEngine } from '../../../bot/engine/engine';
import { FolderFiles, GLOSSARY, makeFolder, markdown, noise, removeFolder, writeFiles } from '../../support/knowledge-folder';
import { loadPdfWorkerForJest } from './readers/pdf-worker';

// markdown() writes front matter as: 1 ---, 2 title, 3 kind, 4 issuer, 5 date, 6 the first extra field.
const ruling = (fields: string) => markdown({ rulings: `\n  - { ${fields} }` }); // the ruling is on line 7
const KINDS = 'allowed: law, judgment, decision, report, guidance, policy, faq, news';

interface Case {
  name: string;
  files: FolderFiles;
  path: string;
  line?: number;
  message: RegExp[];
}

const CASES: Case[] = [
  { name: 'bad YAML syntax in front matter', files: { 'broken.md': '---\ntitle: Trasig\nkind: decision: beslut\nissuer: X\n---\n\nText.\n' }, path: 'broken.md', line: 3, message: [/^YAML syntax: /] },
  { name: 'a tab in front matter', files: { 'broken.md': '---\ntitle: Trasig\n\tkind: decision\n---\n\nText.\n' }, path: 'broken.md', line: 3, message: [/Tabs are not allowed/] },
  { name: 'unknown kind', files: { 'broken.md': markdown({ kind: 'memo' }) }, path: 'broken.md', line: 3, message: [/^'kind': /, new RegExp(KINDS)] },
  { name: 'unknown verdict', files: { 'broken.md': ruling('service: onedrive, data: health, verdict: maybe') }, path: 'broken.md', line: 7, message: [/^'rulings\.0\.verdict': /, /allowed: allowed, conditional, pending, not_allowed$/] },
  { name: 'ruling naming an unknown service', files: { 'broken.md': ruling('service: dropbox, data: health, verdict: allowed') }, path: 'broken.md', line: 7, message: [/'dropbox'/, /allowed: any, office365, onedrive$/] },
  { name: 'ruling naming an unknown data class', files: { 'broken.md': ruling('service: any, data: secret, verdict: allowed') }, path: 'broken.md', line: 7, message: [/'secret'/, /allowed: confidential, health$/] },
  { name: 'unknown field in a ruling', files: { 'broken.md': ruling('service: any, data: health, verdict: allowed, condition: x') }, path: 'broken.md', line: 7, message: [/unknown field 'condition'; allowed: service, data, verdict, conditions, note$/] },
  { name: 'concerns naming an unknown service', files: { 'broken.md': markdown({ concerns: '{ services: [dropbox], data: [health] }' }) }, path: 'broken.md', line: 6, message: [/^concerns names service 'dropbox', which glossary\.yml lacks/, /allowed: office365, onedrive$/] },
  { name: "concerns naming 'any' as a service", files: { 'broken.md': markdown({ concerns: '\n  services: [onedrive, any]\n  data: [health]' }) }, path: 'broken.md', line: 7, message: [/^concerns names service 'any'; leave concerns\.services out or empty for every service/, /allowed: office365, onedrive$/] },
  { name: 'concerns naming an unknown data class', files: { 'broken.md': markdown({ concerns: '\n  services: []\n  data: [health, secret]' }) }, path: 'broken.md', line: 8, message: [/^concerns names data class 'secret', which glossary\.yml lacks/, /allowed: confidential, health$/] },
  { name: 'concerns naming nothing', files: { 'broken.md': markdown({ concerns: '{ change: Ny lag }' }) }, path: 'broken.md', line: 6, message: [/name at least one service or data class/] },
  { name: 'impossible month', files: { 'broken.md': markdown({ date: '2018-13-01' }) }, path: 'broken.md', line: 5, message: [/^'date': .*YYYY-MM-DD/] },
  { name: 'impossible day', files: { 'broken.md': markdown({ date: '2018-02-30' }) }, path: 'broken.md', line: 5, message: [/^'date': .*YYYY-MM-DD/] },
  { name: 'date in words', files: { 'broken.md': markdown({ date: '1 maj 2018' }) }, path: 'broken.md', line: 5, message: [/^'date': .*YYYY-MM-DD/] },
  { name: 'duplicate id across two files', files: { 'a.md': markdown({ id: 'samma' }), 'broken.md': markdown({ id: 'samma' }) }, path: 'broken.md', line: 6, message: [/duplicate id 'samma', already used by a\.md/] },
  { name: 'supersedes pointing nowhere', files: { 'broken.md': markdown({ supersedes: '[finns-inte]' }) }, path: 'broken.md', line: 6, message: [/supersedes 'finns-inte', which no document/] },
  { name: 'unknown front-matter field', files: { 'broken.md': markdown({ author: 'Anna' }) }, path: 'broken.md', line: 6, message: [/^unknown field 'author'; allowed: id, title, kind, issuer, date, source, date_approximate, language, supersedes, rulings, concerns, explains$/] },
  { name: 'bad sidecar field', files: { 'broken.txt': 'Text om molnet.', 'broken.txt.meta.yml': 'kind: report\nissuer: X\ndate: 2019-01-01\nlanguage: de\n' }, path: 'broken.txt.meta.yml', line: 4, message: [/^'language': .*allowed: sv, en$/] },
  { name: 'unreadable PDF', files: { 'broken.pdf': noise(2000) }, path: 'broken.pdf', message: [/the PDF could not be read/] },
  { name: 'empty text file', files: { 'broken.txt': '' }, path: 'broken.txt', message: [/empty/] },
  { name: 'empty Markdown file', files: { 'broken.md': '' }, path: 'broken.md', message: [/no text/] },
  { name: 'sidecar without its file', files: { 'broken.pdf.meta.yml': 'kind: report\nissuer: X\ndate: 2019-01-01\n' }, path: 'broken.pdf.meta.yml', message: [/sidecar for 'broken\.pdf', which is not in the folder/] },
  { name: 'unsupported extension', files: { 'broken.xlsx': 'PK' }, path: 'broken.xlsx', message: [/allowed: \.md, \.pdf, \.docx, \.html, \.htm, \.txt/] },
];

describe('a broken file is reported with its path, line and what is allowed, and left out', () => {
  beforeAll(loadPdfWorkerForJest);

  it.each(CASES)('$name', async ({ files, path, line, message }) => {
    const dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ id: 'good' }), ...files });
    try {
      const folder = await loadKnowledgeFolder(dir);
      expect(folder.problems).toHaveLength(1);
      const [problem] = folder.problems;
      expect({ path: problem.path, line: problem.line }).toEqual({ path, line });
      for (const pattern of message) expect(problem.message).toMatch(pattern);
      // Everything else still loads: the glossary, the good file, and the first of two duplicates.
      expect(folder.glossary).toBeDefined();
      expect(folder.documents.map((d) => d.path).sort()).toEqual(['a.md' in files ? 'a.md' : [], 'good.md'].flat());
    } finally {
      await removeFolder(dir);
    }
  });
});

describe('a broken glossary', () => {
  const GLOSSARY_CASES = [
    { name: 'a parent that does not exist', glossary: GLOSSARY.replace('parent: confidential', 'parent: secret'), line: 14, message: /'data\.health\.parent' names 'secret'.*allowed: confidential, health$/ },
    { name: 'bad YAML', glossary: GLOSSARY.replace('    synonyms: [OneDrive]', '    synonyms: [OneDrive]\n    synonyms: [One Drive]'), line: 9, message: /^YAML syntax: Map keys must be unique/ },
    { name: 'no data section', glossary: GLOSSARY.slice(0, GLOSSARY.indexOf('data:')), line: 1, message: /^'data': / },
  ];

  it.each(GLOSSARY_CASES)('with $name makes the folder unservable, and the engine refuses it clearly', async ({ glossary, line, message }) => {
    const dir = await makeFolder({ 'glossary.yml': glossary, 'good.md': markdown() });
    try {
      const base = await loadKnowledgeBase(dir);
      expect(base.servable).toBe(false);
      expect(base.problems).toEqual([{ path: 'glossary.yml', line, message: expect.stringMatching(message) }]);
      await expect(createEngine({ knowledgeDir: dir })).rejects.toThrow(new RegExp(`cannot be served:\\nglossary\\.yml:${line}: `));
    } finally {
      await removeFolder(dir);
    }
  });

  it('breaking on reload keeps the last good index serving', async () => {
    const dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'good.md': markdown({ rulings: '\n  - { service: onedrive, data: health, verdict: not_allowed }' }) });
    try {
      const engine = await createEngine({ knowledgeDir: dir });
      const question = 'Får jag lagra hälsodata i OneDrive?';
      expect((await engine.ask(question)).verdict).toBe('not_allowed');

      await writeFiles(dir, { 'glossary.yml': GLOSSARY_CASES[0].glossary });
      const result = await engine.reload();
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([expect.objectContaining({ path: 'glossary.yml', line: 14 })]);
      expect(engine.documentCount).toBe(1);
      expect(engine.problems).toEqual([]);
      expect((await engine.ask(question)).verdict).toBe('not_allowed');

      // Back to the glossary still served: the same contents, so nothing is rebuilt.
      await writeFiles(dir, { 'glossary.yml': GLOSSARY });
      expect(await engine.reload()).toEqual({ ok: true, problems: [], documents: 1, unchanged: true });
    } finally {
      await removeFolder(dir);
    }
  });
});
