import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReloadResult } from '../../bot/engine/engine';
import { KnowledgeWatcher, watchKnowledge } from '../../bot/server/watch-knowledge';
import { FakeEngine } from '../support/fake-engine';
import { captureLogs } from '../support/log-capture';

describe('watchKnowledge', () => {
  let dir: string;
  let engine: FakeEngine;
  let watcher: KnowledgeWatcher | undefined;
  let results: (ReloadResult | Error)[];
  let nextResult: () => Promise<ReloadResult | Error>;
  const logs = captureLogs('debug');

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-watch-'));
    engine = new FakeEngine();
    results = [];
    let notify: ((r: ReloadResult | Error) => void) | undefined;
    nextResult = () => new Promise((resolve) => (notify = resolve));
    watcher = watchKnowledge(dir, engine, logs.logger, {
      // Raw events come at once and chokidar's own a little later: a debounce nearer the default (500 ms) keeps one burst one rebuild on a loaded machine.
      debounceMs: 300,
      onReloaded: (result) => {
        results.push(result);
        notify?.(result);
      },
    });
    await watcher.ready;
  });

  afterEach(async () => {
    await watcher?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rebuilds once for a burst of changes', async () => {
    const done = nextResult();
    fs.writeFileSync(path.join(dir, 'a.md'), 'one');
    fs.writeFileSync(path.join(dir, 'b.md'), 'two');
    fs.writeFileSync(path.join(dir, 'a.md'), 'three');
    await done;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(engine.reloads).toBe(1);
    expect(logs.entries().some((e) => e.msg === 'knowledge reloaded' && e.documents === 3)).toBe(true);
  });

  it('logs the problems of a rebuild that fails and keeps watching', async () => {
    engine.nextReload = { ok: false, problems: [{ path: 'glossary.yml', line: 3, message: 'bad YAML' }], documents: 0 };
    let done = nextResult();
    fs.writeFileSync(path.join(dir, 'glossary.yml'), ':');
    await done;
    const failed = logs.entries().find((e) => e.msg === 'knowledge reload failed; still serving the last good index');
    expect(failed).toMatchObject({ level: 50, problems: ['glossary.yml:3: bad YAML'] });

    engine.nextReload = new Error('disk gone');
    done = nextResult();
    fs.writeFileSync(path.join(dir, 'glossary.yml'), 'services: {}');
    expect(await done).toBeInstanceOf(Error);

    engine.nextReload = { ok: true, problems: [{ path: 'x.pdf', message: 'unreadable' }], documents: 2 };
    done = nextResult();
    fs.rmSync(path.join(dir, 'glossary.yml'));
    await done;
    expect(logs.entries().find((e) => e.msg === 'knowledge reloaded; files with problems were left out')).toMatchObject({ problems: ['x.pdf: unreadable'] });
    expect(engine.reloads).toBe(3);
  });

  it('ignores dotfiles such as editor swap files', async () => {
    fs.writeFileSync(path.join(dir, '.a.md.swp'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(engine.reloads).toBe(0);
  });

  it('stops on close', async () => {
    await watcher?.close();
    watcher = undefined;
    fs.writeFileSync(path.join(dir, 'a.md'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(results).toEqual([]);
  });
});
