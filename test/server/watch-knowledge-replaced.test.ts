/**
 * The watched folder with the real engine, as admins and deploy scripts change it: the folder
 * renamed away and a new one moved into its place (twice), files replaced in place under the
 * same names, and the periodic rescan when no event comes at all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, Engine, ReloadResult } from '../../bot/engine/engine';
import { KnowledgeWatcher, watchKnowledge } from '../../bot/server/watch-knowledge';
import { FakeEngine } from '../support/fake-engine';
import { GLOSSARY, markdown } from '../support/knowledge-folder';
import { captureLogs } from '../support/log-capture';

const QUESTION = 'Får jag lagra hälsodata i OneDrive?';
const decision = (issuer: string) => markdown({ id: 'beslut', issuer: `"${issuer}"` });

function writeFolder(dir: string, issuer: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'glossary.yml'), GLOSSARY);
  fs.writeFileSync(path.join(dir, 'beslut.md'), decision(issuer));
}

describe('the knowledge folder replaced under the watcher', () => {
  let root: string;
  let knowledgeDir: string;
  let engine: Engine;
  let watcher: KnowledgeWatcher | undefined;
  const logs = captureLogs('debug');
  const reloads: (ReloadResult | Error)[] = [];

  const issuerServed = async () => (await engine.ask(QUESTION)).citations[0]?.issuer;
  /** Waits until the engine serves `issuer`, through whatever reloads it takes. */
  const waitForIssuer = async (issuer: string, timeoutMs = 8000) => {
    const deadline = Date.now() + timeoutMs;
    while ((await issuerServed()) !== issuer) {
      if (Date.now() > deadline) throw new Error(`still serving ${await issuerServed()}, not ${issuer}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-replaced-'));
    knowledgeDir = path.join(root, 'knowledge');
    writeFolder(knowledgeDir, 'Första nämnden');
    engine = await createEngine({ knowledgeDir });
    reloads.length = 0;
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('sees a new folder moved into place, twice, and changes inside the new one', async () => {
    // No rescan: the watch alone must follow the folder.
    watcher = watchKnowledge(knowledgeDir, engine, logs.logger, { debounceMs: 50, rescanMs: 0, onReloaded: (r) => reloads.push(r) });
    await watcher.ready;
    const firstVersion = engine.version;
    expect(await issuerServed()).toBe('Första nämnden');

    for (const [n, issuer] of [[1, 'Andra nämnden'], [2, 'Tredje nämnden']] as const) {
      const next = path.join(root, `next-${n}`);
      writeFolder(next, issuer);
      fs.renameSync(knowledgeDir, path.join(root, `old-${n}`));
      fs.renameSync(next, knowledgeDir);
      await waitForIssuer(issuer);
    }
    expect(engine.version.hash).not.toBe(firstVersion.hash);

    fs.writeFileSync(path.join(knowledgeDir, 'beslut.md'), decision('Fjärde nämnden'));
    await waitForIssuer('Fjärde nämnden');
    expect(logs.entries().some((e) => e.msg === 'knowledge folder replaced; watching the new one')).toBe(true);
  });

  it('sees files replaced in place under the same names, with the old size and times', async () => {
    watcher = watchKnowledge(knowledgeDir, engine, logs.logger, { debounceMs: 50, rescanMs: 0 });
    await watcher.ready;
    const file = path.join(knowledgeDir, 'beslut.md');
    const before = fs.statSync(file);
    // 'Första nämnd N' is as many bytes as 'Första nämnden': written beside, times set back, renamed over; only the contents differ.
    for (const issuer of ['Första nämnd 2', 'Första nämnd 3']) {
      const temporary = path.join(knowledgeDir, '.beslut.md.tmp');
      fs.writeFileSync(temporary, decision(issuer));
      fs.utimesSync(temporary, before.atimeMs / 1000, before.mtimeMs / 1000);
      fs.renameSync(temporary, file);
      const after = fs.statSync(file);
      expect([after.size, Math.round(after.mtimeMs)]).toEqual([before.size, Math.round(before.mtimeMs)]);
      await waitForIssuer(issuer);
    }
  });

  it('the rescan finds a change no event reported, and an unchanged folder is not rebuilt', async () => {
    watcher = watchKnowledge(knowledgeDir, engine, logs.logger, { debounceMs: 10, rescanMs: 150, onReloaded: (r) => reloads.push(r) });
    await watcher.ready;
    const loadedAt = engine.version.loadedAt;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reloads.length).toBeGreaterThanOrEqual(1);
    expect(reloads.every((r) => !(r instanceof Error) && r.unchanged === true)).toBe(true);
    expect(engine.version.loadedAt).toBe(loadedAt);
  });
});

describe('the rescan', () => {
  it('reloads on its own timer with no file event, and stops when closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-rescan-'));
    const engine = new FakeEngine();
    const watcher = watchKnowledge(dir, engine, captureLogs('warn').logger, { debounceMs: 10, rescanMs: 100 });
    try {
      await watcher.ready;
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(engine.reloads).toBeGreaterThanOrEqual(2);
    } finally {
      await watcher.close();
      const after = engine.reloads;
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(engine.reloads).toBe(after);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
