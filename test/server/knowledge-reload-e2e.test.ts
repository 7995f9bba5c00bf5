/**
 * The watched knowledge folder with the real engine: a new document is served after the
 * background rebuild; a broken glossary is reported and the last good index keeps answering.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, Engine, ReloadResult } from '../../bot/engine/engine';
import { KnowledgeWatcher, watchKnowledge } from '../../bot/server/watch-knowledge';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { slackMessage } from '../support/activities';

const ZOOM_QUESTION = 'Får jag använda Zoom för offentlig information?';

const ZOOM_DECISION = `---
id: test-zoom-beslut
title: "Beslut om Zoom för offentlig information"
kind: decision
issuer: "Testkommunen"
date: 2024-03-01
language: sv
supersedes: []
rulings:
  - { service: zoom, data: public, verdict: allowed }
---

## Beslut

Zoom får användas för möten där bara offentlig information behandlas.
`;

describe('knowledge reload through the watcher', () => {
  let root: string;
  let knowledgeDir: string;
  let engine: Engine;
  let watcher: KnowledgeWatcher;
  let bot: TestBot;
  let waiting: ((result: ReloadResult | Error) => void) | undefined;
  const nextReload = () => new Promise<ReloadResult | Error>((resolve) => (waiting = resolve));

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-reload-'));
    knowledgeDir = path.join(root, 'knowledge');
    fs.cpSync(path.resolve(__dirname, '../../knowledge'), knowledgeDir, { recursive: true });
    engine = await createEngine({ knowledgeDir, dataDir: path.join(root, 'data') });
    bot = await startTestBot({ engine });
    watcher = watchKnowledge(knowledgeDir, engine, bot.logs.logger, { debounceMs: 100, onReloaded: (r) => waiting?.(r) });
    await watcher.ready;
  });
  afterAll(async () => {
    await watcher.close();
    await bot.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const askOverSlack = async (question: string): Promise<string> => {
    bot.standIn.clear();
    await bot.post(slackMessage(bot.standIn.url(), question));
    return (await bot.standIn.waitFor((a) => a.activity.type === 'message')).activity.text ?? '';
  };

  it('serves a new document after the rebuild', async () => {
    expect((await engine.ask(ZOOM_QUESTION)).verdict).toBeNull();
    const reloaded = nextReload();
    fs.writeFileSync(path.join(knowledgeDir, 'test-zoom-beslut.md'), ZOOM_DECISION);
    expect(await reloaded).toMatchObject({ ok: true });
    expect((await engine.ask(ZOOM_QUESTION)).verdict).toBe('allowed');
    expect(await askOverSlack(ZOOM_QUESTION)).toContain('Beslut om Zoom för offentlig information');
  });

  it('keeps the last good index when the glossary breaks, and logs why', async () => {
    const reloaded = nextReload();
    fs.writeFileSync(path.join(knowledgeDir, 'glossary.yml'), 'services: [unclosed\n');
    expect(await reloaded).toMatchObject({ ok: false });
    const failed = bot.logs.entries().find((e) => e.msg === 'knowledge reload failed; still serving the last good index');
    expect(failed?.problems).toEqual(expect.arrayContaining([expect.stringContaining('glossary.yml')]));
    expect((await engine.ask(ZOOM_QUESTION)).verdict).toBe('allowed');
    expect(await askOverSlack('Får jag lagra hälsodata i Office 365?')).toMatch(/^\*Inte ännu\*/);
  });
});
