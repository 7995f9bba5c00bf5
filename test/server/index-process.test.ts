/**
 * bot/index.ts as a process, as `npm start` runs it (through tsx, so no build is needed):
 * configuration errors, start-up, a real answer, and SIGTERM with a turn in flight.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { teamsPersonalMessage } from '../support/activities';
import { BOT_ENTRY, TSX_NODE_ARGS, freePort, until } from '../support/bot-process';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs from a temp folder so a developer's own .env is not picked up. */
function run(env: Record<string, string>, cwd: string): Run {
  const child = spawn(process.execPath, [...TSX_NODE_ARGS, BOT_ENTRY], {
    cwd,
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

describe('bot/index.ts as a process', () => {
  let dir: string;
  let running: Run | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-proc-'));
  });
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 listing every configuration problem', async () => {
    running = run({ PORT: 'abc', LOG_LEVEL: 'loud' }, dir);
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain("PORT must be a whole number 1–65535, got 'abc'");
    expect(running.stderr()).toContain('LOG_LEVEL must be one of');
  });

  it('exits 1 naming DATA_DIR and the fix when a file is in its way', async () => {
    fs.writeFileSync(path.join(dir, 'data'), 'not a folder');
    running = run({ DATA_DIR: path.join(dir, 'data', 'sub') }, dir);
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(`DATA_DIR '${path.join(dir, 'data', 'sub')}' is not a folder (a file is in the way)`);
  });

  it('starts, answers, and on SIGTERM finishes the turn in flight before exiting 0', async () => {
    const port = await freePort();
    const standIn = await ConnectorStandIn.start();
    try {
      running = run({ PORT: String(port), DATA_DIR: path.join(dir, 'data') }, dir);
      await until(() => running!.stdout().includes('knowledge loaded; ready'), 20_000, 'the index');
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      standIn.replyDelayMs = 300;
      const posted = fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsPersonalMessage(standIn.url(), 'Får jag lagra hälsodata i Office 365?')),
      });
      // The answer has reached the connector, which holds its reply back: the turn is in flight.
      const reply = await standIn.waitFor((a) => a.activity.type === 'message');
      running.child.kill('SIGTERM');

      expect((await posted).status).toBe(200);
      expect(reply.activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(await running.exited).toBe(0);
      expect(running.stdout()).toContain('"msg":"server closed"');
      // Every line on stdout is one JSON object (pino), the SDK's own console output included.
      const lines = running.stdout().split('\n').filter((line) => line.length > 0);
      expect(lines.filter((line) => !isJsonObject(line))).toEqual([]);
      expect(fs.existsSync(path.join(dir, 'data', 'molnkoll.sqlite'))).toBe(true);
    } finally {
      await standIn.close();
    }
  });
});

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
