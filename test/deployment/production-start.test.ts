/**
 * What the container image does, without a Docker engine: in a fresh folder, the compiled bot,
 * the bundled knowledge and production dependencies only (npm ci --omit=dev), started with
 * plain `node dist/bot/index.js` as the Dockerfile's CMD; then /healthz and one answer over the
 * Bot Framework protocol. Runs on this machine's Node (20); the image runs Node 22.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { teamsPersonalMessage } from '../support/activities';
import { cardText } from '../support/card-reading';
import { freePort, until } from '../support/bot-process';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

/** Runs the Dockerfile's own HEALTHCHECK command, as Docker would inside the container. */
async function healthcheckExitCode(port: number): Promise<number> {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, '');
  const command = /^HEALTHCHECK .*? CMD (.*)$/m.exec(dockerfile)![1];
  return run('sh', ['-c', command], { env: { PATH: process.env.PATH, PORT: String(port) } }).then(
    () => 0,
    (error: { code: number }) => error.code,
  );
}

describe('the production build in a fresh folder', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  let stdout = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-prod-'));
    // The Dockerfile's build stage: compile bot/ with the dev tools, keep only dist/.
    await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(dir, 'dist')]);
    for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    fs.cpSync(path.join(ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });
    // The runtime stage: production dependencies only, from the lock file. Install scripts are
    // skipped because the one that matters, better-sqlite3's, would download a prebuilt binary
    // (no network here) or compile for minutes; the binary this checkout compiled for this
    // Node is copied in its place. The image runs that script itself, on Node 22.
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env: { ...process.env, NODE_ENV: 'production' } });
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    fs.mkdirSync(path.dirname(path.join(dir, binary)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, binary), path.join(dir, binary));
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has no package installed that only development needs', () => {
    // The lock file marks `dev` every package that nothing in production depends on.
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([, entry]) => entry.dev).map(([where]) => where);
    expect(devOnly).toEqual(expect.arrayContaining(['node_modules/typescript', 'node_modules/jest', 'node_modules/tsx', 'node_modules/playwright-core']));
    expect(devOnly.filter((where) => fs.existsSync(path.join(dir, where)))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'node_modules/botbuilder/package.json'))).toBe(true);
  });

  it('starts with node dist/bot/index.js, answers /healthz, and answers a question as the image would', async () => {
    const port = await freePort();
    const standIn = await ConnectorStandIn.start();
    try {
      child = spawn(process.execPath, ['dist/bot/index.js'], {
        cwd: dir,
        // The image's environment: no tsx, no .env, only what the Dockerfile sets.
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), KNOWLEDGE_DIR: path.join(dir, 'knowledge'), DATA_DIR: path.join(dir, 'data') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

      await until(() => stdout.includes('"msg":"listening"') || stdout.includes('knowledge loaded; ready') || child!.exitCode !== null, 30_000, 'the server');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      expect(await healthcheckExitCode(port)).toBe(0);

      await until(() => stdout.includes('knowledge loaded; ready'), 60_000, 'the index');
      const posted = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsPersonalMessage(standIn.url(), 'Får jag lagra hälsodata i Office 365?')),
      });
      expect(posted.status).toBe(200);
      const reply = await standIn.waitFor((a) => a.activity.type === 'message');
      expect(cardText(reply.activity)).toContain('Inte ännu');
      expect(fs.existsSync(path.join(dir, 'data', 'molnkoll.sqlite'))).toBe(true);

      child.kill('SIGTERM');
      expect(await new Promise((resolve) => child!.once('exit', resolve))).toBe(0);
      expect(await healthcheckExitCode(port)).toBe(1);
    } finally {
      await standIn.close();
    }
  }, 120_000);
});

describe('the Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds in one stage and runs Node 22 slim with production dependencies only in the last', () => {
    expect(dockerfile.match(/^FROM .*$/gm)).toEqual(['FROM node:22-bookworm-slim AS build', 'FROM node:22-bookworm-slim']);
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(runtime).toContain('CMD ["node", "dist/bot/index.js"]');
    expect(runtime).not.toContain('npm ci');
  });

  it('runs as a non-root user, checks /healthz and keeps both folders on volumes', () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(runtime).toContain('KNOWLEDGE_DIR=/knowledge');
    expect(runtime).toContain('DATA_DIR=/data');
    expect(runtime).toContain('VOLUME ["/knowledge", "/data"]');
  });

  it('leaves secrets, dependencies and build output out of the build context', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist', 'data', '.git']));
  });
});
