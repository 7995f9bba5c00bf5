/**
 * The command-line tools end to end: each test spawns the real command with tsx, so keep the
 * spawns few (about 1.5 s each) and check several things per run.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Answer } from '../../bot/engine/types';
import { GLOSSARY, makeFolder, markdown, removeFolder } from '../support/knowledge-folder';

const ROOT = path.join(__dirname, '..', '..');
const PERSONNUMMER = '19121212-1212';
const LUNR_SYNTAX = '*:~^+- OneDrive~1 health^2 +data -x field:value*';
const SV = 'Får jag lagra hälsodata i OneDrive?';
const EN = 'May I keep health data in OneDrive?';
const OFF_TOPIC = 'Vad kostar lunchen i matsalen? * : ~ ^ + - :: ^^ ~~ **';

const DECISION = markdown({ id: 'beslut', rulings: '\n  - { service: onedrive, data: health, verdict: not_allowed }' });
const ANSWER_FIELDS = ['answer', 'answered', 'caveats', 'citations', 'conditions', 'confidence', 'decidedBy', 'decisions', 'facets', 'kind', 'language', 'notices', 'question', 'quotes', 'readings', 'redactions', 'suggestions', 'verdict'];

let work: string;
let dataDir: string;
let goodDir: string;
let brokenDir: string;
let reviewDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'molnkoll-cli-'));
  dataDir = path.join(work, 'data');
  goodDir = await makeFolder({ 'glossary.yml': GLOSSARY, 'beslut.md': DECISION });
  brokenDir = await makeFolder({
    'glossary.yml': GLOSSARY,
    'beslut.md': DECISION,
    'trasig.md': markdown({ kind: 'memo' }),
    'datum.md': markdown({ date: '1 maj 2018' }),
    'rapport.pdf.meta.yml': 'kind: report\nissuer: X\ndate: 2019-01-01\n',
    'budget.xlsx': 'PK',
  });
  const law = (id: string, date: string, concerns: string, extra: Record<string, string> = {}) =>
    markdown({ id, kind: 'law', issuer: 'Riksdagen', date, concerns, ...extra }, '## Lagen\n\nEn leverantör som bara lagrar uppgifter får ta emot dem.\n');
  reviewDir = await makeFolder({
    'glossary.yml': GLOSSARY,
    'beslut.md': DECISION,
    'aldre-lag.md': law('aldre-lag', '2018-03-23', '{ services: [office365], data: [health] }'),
    'forslag.md': law('forslag', '2020-01-01', '{ data: [confidential] }'),
    'ny-lag.md': law('ny-lag', '2023-07-01', '{ services: [office365], data: [confidential] }', { supersedes: '[forslag]', date_approximate: 'true' }),
    'dom.md': law('dom', '2021-02-01', '{ data: [health] }'),
  });
});
afterAll(async () => {
  for (const dir of [work, goodDir, brokenDir, reviewDir]) await removeFolder(dir);
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', `bot/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: goodDir, DATA_DIR: dataDir, AZURE_LANGUAGE_ENDPOINT: '', AZURE_LANGUAGE_KEY: '', ...env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const parseLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Answer);

describe('ask', () => {
  it('prints plain text with the verdict headline and numbered sources; knowledge problems go to stderr only', () => {
    const { status, stdout, stderr } = run('ask', [`${SV} Mitt personnummer är ${PERSONNUMMER}. ${LUNR_SYNTAX}`], { KNOWLEDGE_DIR: brokenDir });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^== Inte tillåtet ==\n/);
    expect(stdout).toContain('[1] Beslut om OneDrive (Kommunstyrelsen, 2019-05-02)');
    expect(stdout).not.toContain(PERSONNUMMER);
    expect(stdout).not.toMatch(/trasig|datum\.md|rapport|budget/);
    for (const where of ['trasig.md:3', 'datum.md:5', 'rapport.pdf.meta.yml', 'budget.xlsx']) expect(stderr).toContain(`knowledge: ${where}`);
  });

  it('prints the Answer object with --json, redacted, whatever lunr syntax the question holds', () => {
    const { status, stdout, stderr } = run('ask', ['--json', `${EN} ${PERSONNUMMER} ${LUNR_SYNTAX}`]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).not.toContain(PERSONNUMMER);
    const answer = JSON.parse(stdout) as Answer;
    expect(Object.keys(answer).sort()).toEqual(ANSWER_FIELDS);
    expect(answer).toMatchObject({ language: 'en', facets: { services: ['onedrive'], data: ['health'] }, verdict: 'not_allowed', answered: true });
    expect(answer.redactions).toBeGreaterThanOrEqual(1);
    expect(answer.question).toContain('May I keep health data in OneDrive?');
    expect(answer.citations[0]).toEqual({ n: 1, id: 'beslut', title: 'Beslut om OneDrive', issuer: 'Kommunstyrelsen', date: '2019-05-02', dateApproximate: false, quote: expect.stringContaining('OneDrive') });
    expect(answer.answer).toContain('[1]');
  });

  it('answers a --batch file with one Answer per line, in order', async () => {
    const batch = path.join(work, 'questions.jsonl');
    await writeFile(batch, [SV, `${EN} ${LUNR_SYNTAX}`, OFF_TOPIC].map((question) => JSON.stringify({ question })).join('\n') + '\n');
    const { status, stdout } = run('ask', ['--batch', batch]);
    expect(status).toBe(0);
    const answers = parseLines(stdout);
    expect(answers.map((a) => [a.language, a.verdict, a.answered])).toEqual([['sv', 'not_allowed', true], ['en', 'not_allowed', true], ['sv', null, false]]);
    expect(answers[2].question).toBe(OFF_TOPIC);
  });

  it('reads batch lines with the same `conversation` as one conversation, in order; other lines stand alone', async () => {
    const batch = path.join(work, 'conversation.jsonl');
    const lines = [
      { question: SV, conversation: 'a' },
      { question: 'Får jag lagra patientuppgifter i OneDrive?', conversation: 'b' },
      { question: 'Och i Office 365 då?', conversation: 'a' },
      { question: 'Och i Office 365 då?' },
      { question: 'Varför?', conversation: 'b' },
    ];
    await writeFile(batch, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const { status, stdout } = run('ask', ['--batch', batch]);
    expect(status).toBe(0);
    const answers = parseLines(stdout);
    expect(answers.map((a) => [a.facets, a.followUp ?? null])).toEqual([
      [{ services: ['onedrive'], data: ['health'] }, null],
      [{ services: ['onedrive'], data: ['health'] }, null],
      [{ services: ['office365'], data: ['health'] }, { carried: { services: [], data: ['health'] }, why: false }],
      [{ services: ['office365'], data: [] }, null],
      [{ services: ['onedrive'], data: ['health'] }, { carried: { services: ['onedrive'], data: ['health'] }, why: true }],
    ]);
    expect(answers[2].readings[0]).toBe('Jag antar att du fortfarande menar hälsodata.');
  });

  it('keeps the context between lines with --interactive', () => {
    const result = spawnSync('npx', ['tsx', 'bot/cli/ask.ts', '--interactive', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${SV}\n\nOch i Office 365 då?\n`,
      env: { ...process.env, KNOWLEDGE_DIR: goodDir, DATA_DIR: dataDir, AZURE_LANGUAGE_ENDPOINT: '', AZURE_LANGUAGE_KEY: '' },
    });
    expect(result.status).toBe(0);
    const answers = parseLines(result.stdout.replace(/\n\n/g, '\n'));
    expect(answers.map((a) => a.facets)).toEqual([{ services: ['onedrive'], data: ['health'] }, { services: ['office365'], data: ['health'] }]);
    expect(answers[1].readings[0]).toBe('Jag antar att du fortfarande menar hälsodata.');
  });

  it('stops at a malformed batch line, naming the file and line, with a non-zero exit', async () => {
    const batch = path.join(work, 'malformed.jsonl');
    await writeFile(batch, `${JSON.stringify({ question: SV })}\n\n{"fråga": "saknar question"}\n${JSON.stringify({ question: EN })}\n`);
    const { status, stdout, stderr } = run('ask', ['--batch', batch]);
    expect(status).not.toBe(0);
    expect(stderr).toContain(`${batch}:3: expected a JSON object with a "question" string`);
    expect(parseLines(stdout).map((a) => a.question)).toEqual([SV]);
  });
});

describe('knowledge check', () => {
  it('passes a good folder', () => {
    const { status, stdout } = run('knowledge', ['check']);
    expect(stdout).toBe(`${goodDir}: 1 documents, 1 rulings, 0 problems\n`);
    expect(status).toBe(0);
  });

  it('lists the rulings that newer, non-superseded documents bear on, oldest first, and still passes', () => {
    const { status, stdout } = run('knowledge', ['check'], { KNOWLEDGE_DIR: reviewDir });
    expect(stdout).toBe([
      'To review: rulings that newer documents bear on',
      '  beslut: onedrive × health, not_allowed, 2019-05-02',
      '    dom (2021-02-01)',
      '    ny-lag (2023-07-01, approximate)',
      `${reviewDir}: 5 documents, 1 rulings, 0 problems, 1 to review`,
      '',
    ].join('\n'));
    expect(status).toBe(0);
  });

  it('lists every problem of a broken folder and fails', () => {
    const { status, stdout } = run('knowledge', ['check'], { KNOWLEDGE_DIR: brokenDir });
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((line) => line.split(': ')[0]).sort()).toEqual(['budget.xlsx', 'datum.md:5', 'rapport.pdf.meta.yml', 'trasig.md:3']);
    expect(lines.at(-1)).toBe(`${brokenDir}: 1 documents, 1 rulings, 4 problems`);
    expect(status).toBe(1);
  });
});

describe('knowledge check with the bot\'s settings', () => {
  it('applies KNOWLEDGE_MAX_FILE_MB as the bot would, and refuses a malformed value naming it', async () => {
    const bigDir = path.join(work, 'big');
    await cp(goodDir, bigDir, { recursive: true });
    await writeFile(path.join(bigDir, 'stor.txt'), 'ord '.repeat(400_000));
    const limited = run('knowledge', ['check'], { KNOWLEDGE_DIR: bigDir, KNOWLEDGE_MAX_FILE_MB: '1' });
    expect(limited.stdout).toContain('stor.txt: left out: 1.5 MB, over the per-file limit of 1.0 MB (KNOWLEDGE_MAX_FILE_MB)');
    expect(limited.status).toBe(1);

    const malformed = run('knowledge', ['check'], { KNOWLEDGE_DIR: bigDir, KNOWLEDGE_MAX_FILE_MB: 'tio' });
    expect(malformed.stderr).toContain("KNOWLEDGE_MAX_FILE_MB must be a whole number 1–1000, got 'tio'");
    expect(malformed.status).toBe(1);
  });
});

describe('eval', () => {
  it('prints each failure and the tally, and fails when a case fails', async () => {
    const evalFile = path.join(work, 'eval.jsonl');
    const cases = [{ id: 'passes', question: SV, verdict: 'not_allowed' }, { id: 'fails', question: EN, verdict: 'allowed' }];
    await writeFile(evalFile, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const { status, stdout } = run('eval', [], { EVAL_FILE: evalFile });
    expect(stdout).toContain(`FAIL fails: ${EN}\n  - verdict not_allowed, expected allowed\n`);
    expect(stdout).not.toContain('FAIL passes');
    expect(stdout).toContain('eval: 1 passed, 1 failed\n');
    expect(status).toBe(1);
  });
});
