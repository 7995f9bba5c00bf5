/**
 * `npm run answers`, end to end: against a temp DATA_DIR seeded through SqliteStore, and against
 * a PostgreSQL database (DATABASE_URL) seeded through PostgresStore.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PostgresStore } from '../../bot/store/postgres-store';
import { STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { SAMPLE_LOG, seedAnswerLog, seedStore } from '../support/seed-answer-log';
import { TestPostgres, startPostgres } from '../support/start-postgres';

const ROOT = path.join(__dirname, '..', '..');

function answers(dataDir: string, ...args: string[]) {
  return answersWith({ DATA_DIR: dataDir }, ...args);
}

function answersWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'bot/cli/answers.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run answers', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-answers-cli-'));
    await seedAnswerLog(dataDir, SAMPLE_LOG);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('groups unanswered questions by wording, as JSON and as a table', () => {
    const json = answers(dataDir, 'unanswered', '--json');
    expect(json.code).toBe(0);
    const groups = JSON.parse(json.stdout) as { example: string; count: number; latest: string }[];
    expect(groups.map((g) => [g.count, g.latest.slice(0, 10), g.example])).toEqual([
      [3, '2026-11-10', 'Får vi använda Zoom för möten med elever?'],
      [1, '2026-11-12', 'Vem beslutar om Dropbox?'],
      [1, '2026-11-10', 'Får jag lagra hälsodata i Office 365?'],
    ]);
    const since = answers(dataDir, 'unanswered', '--since', '2026-11-10');
    expect(since.stdout).toContain('   1  2026-11-10  Får vi använda Zoom för möten med elever?  (unanswered 1)');
    expect(since.stdout).toContain('   1  2026-11-12  Vem beslutar om Dropbox?  (escalated 1)');
  }, 30_000);

  it('prints answers per day with the ratios', () => {
    const text = answers(dataDir, 'stats');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')).toContain('2026-11-11        2      100%     100%  (2 helpful, 0 not)');
    expect(text.stdout.split('\n')).toContain('total             7       57%      67%  (2 helpful, 1 not)');
    const json = JSON.parse(answers(dataDir, 'stats', '--json').stdout) as { total: { answers: number; answeredRatio: number } };
    expect(json.total.answers).toBe(7);
    expect(json.total.answeredRatio).toBeCloseTo(4 / 7);
  }, 30_000);

  it('refuses a bad date and an unknown command with the usage', () => {
    const bad = answers(dataDir, 'unanswered', '--since', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since must be a date YYYY-MM-DD, got 'yesterday'");
    expect(answers(dataDir, 'list').code).toBe(2);
  }, 30_000);
});

describe('npm run answers with DATABASE_URL', () => {
  let pg: TestPostgres;
  let env: Record<string, string>;
  let dataDir: string;
  beforeAll(async () => {
    pg = await startPostgres();
    const url = await pg.freshDatabase();
    await seedStore((now) => PostgresStore.open(url, { now }), SAMPLE_LOG);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-answers-pg-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: url, USER_HASH_SECRET: 'the-same-secret-on-every-instance-0123456789' };
  }, 60_000);
  afterAll(() => {
    pg?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads the unanswered questions from PostgreSQL, not from a file under DATA_DIR', () => {
    const json = answersWith(env, 'unanswered', '--json');
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const groups = JSON.parse(json.stdout) as { example: string; count: number; latest: string }[];
    expect(groups.map((g) => [g.count, g.latest, g.example])).toEqual([
      [3, '2026-11-10T11:00:00.000Z', 'Får vi använda Zoom för möten med elever?'],
      [1, '2026-11-12T14:00:00.000Z', 'Vem beslutar om Dropbox?'],
      [1, '2026-11-10T12:00:00.000Z', 'Får jag lagra hälsodata i Office 365?'],
    ]);
    expect(answersWith(env, 'stats').stdout.split('\n')).toContain('total             7       57%      67%  (2 helpful, 1 not)');
    expect(fs.existsSync(path.join(dataDir, STORE_FILE_NAME))).toBe(false);
  }, 30_000);
});
