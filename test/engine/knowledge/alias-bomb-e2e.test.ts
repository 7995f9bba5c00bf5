/**
 * End to end: an alias bomb in a temp knowledge folder. The bot (bot/index.ts as `npm start`
 * runs it) starts, names the file in its log and answers over HTTP, also after the bomb is
 * dropped in while it runs; `knowledge check` names the file and `ask` answers.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConnectorStandIn } from '../../support/connector-stand-in';
import { emulatorMessage } from '../../support/activities';
import { BOT_ENTRY, TSX_NODE_ARGS, freePort, until } from '../../support/bot-process';
import { GLOSSARY, makeFolder, markdown, removeFolder, writeFiles } from '../../support/knowledge-folder';
import { aliasBomb, aliasBombMarkdown } from './alias-bomb-yaml';

const ROOT = path.resolve(__dirname, '../../..');
const QUESTION = 'Får jag lagra hälsodata i OneDrive?';
const ALIAS_MESSAGE = 'YAML syntax: aliases (*name) expand to more than 100 copies, as in an alias bomb';

describe('an alias bomb in the knowledge folder', () => {
  let knowledgeDir: string;
  let work: string;
  let bot: ChildProcess | undefined;

  beforeAll(async () => {
    knowledgeDir = await makeFolder({ 'glossary.yml': GLOSSARY, 'beslut.md': markdown({ id: 'beslut' }), 'bomb.md': aliasBombMarkdown() });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bomb-'));
  });
  afterAll(async () => {
    if (bot && bot.exitCode === null) bot.kill('SIGKILL');
    await removeFolder(knowledgeDir);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('the bot starts, names the file, and answers over HTTP, before and after another bomb arrives', async () => {
    const port = await freePort();
    const standIn = await ConnectorStandIn.start();
    let out = '';
    // From a temp folder, so a developer's own .env is not picked up.
    bot = spawn(process.execPath, [...TSX_NODE_ARGS, BOT_ENTRY], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: path.join(work, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => bot!.on('exit', (code) => resolve(code)));
    try {
      await until(() => out.includes('knowledge loaded; ready') || bot!.exitCode !== null, 20_000, 'the index');
      expect(bot.exitCode).toBeNull();
      const loaded = out.split('\n').find((line) => line.includes('knowledge loaded; ready'))!;
      expect(loaded).toContain(`bomb.md:4: ${ALIAS_MESSAGE}`);
      expect(JSON.parse(loaded)).toMatchObject({ documents: 1 });

      const ask = async () => {
        standIn.clear();
        const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(emulatorMessage(standIn.url(), QUESTION)),
        });
        expect(res.status).toBe(200);
        return (await standIn.waitFor((a) => a.activity.type === 'message')).activity.text ?? '';
      };
      expect(await ask()).toContain('Kommunstyrelsen');

      // A second bomb, as a sidecar, while the bot runs: reloaded, reported, the rest still served.
      await writeFiles(knowledgeDir, { 'rapport.txt': 'Text om molnet.', 'rapport.txt.meta.yml': `kind: report\n${aliasBomb()}` });
      await until(() => out.includes('rapport.txt.meta.yml:3'), 15_000, 'the reload');
      expect(bot.exitCode).toBeNull();
      expect(await ask()).toContain('Kommunstyrelsen');
    } finally {
      bot.kill('SIGTERM');
      await exited;
      await standIn.close();
    }
  });

  it('knowledge check names the file and fails; ask still answers', () => {
    const env = { ...process.env, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: path.join(work, 'cli-data'), AZURE_LANGUAGE_ENDPOINT: '', AZURE_LANGUAGE_KEY: '' };
    const check = spawnSync(process.execPath, [...TSX_NODE_ARGS, 'bot/cli/knowledge.ts', 'check'], { cwd: ROOT, encoding: 'utf8', env });
    expect(check.stdout).toContain(`bomb.md:4: ${ALIAS_MESSAGE}`);
    expect(check.stdout).toContain(`rapport.txt.meta.yml:3: ${ALIAS_MESSAGE}`);
    expect(check.stdout.trim().split('\n').at(-1)).toBe(`${knowledgeDir}: 1 documents, 0 rulings, 2 problems`);
    expect(check.status).toBe(1);

    const ask = spawnSync(process.execPath, [...TSX_NODE_ARGS, 'bot/cli/ask.ts', '--json', QUESTION], { cwd: ROOT, encoding: 'utf8', env });
    expect(ask.status).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ citations: [expect.objectContaining({ id: 'beslut' })] });
    expect(ask.stderr).toContain('bomb.md:4');
  });
});
