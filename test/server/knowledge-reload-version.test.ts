/**
 * /readyz over real HTTP names the knowledge served (hash prefix, documents, loaded time), and it
 * changes when the folder's contents do; the limits and rescan interval come from the environment.
 */
import { createEngine } from '../../bot/engine/engine';
import { loadConfig } from '../../bot/config/load-config';
import { startServer } from '../../bot/server/start-server';
import { ActivityHandler } from 'botbuilder';
import { GLOSSARY, makeFolder, markdown, removeFolder, writeFiles } from '../support/knowledge-folder';
import { captureLogs } from '../support/log-capture';

describe('the knowledge version on /readyz', () => {
  it('shows the hash prefix, document count and load time, and a new hash after a change', async () => {
    const dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'a.md': markdown({ id: 'a' }) });
    const engine = await createEngine({ knowledgeDir: dir });
    const server = await startServer({ ...loadConfig({}), port: 0 }, {
      bot: new ActivityHandler(),
      logger: captureLogs('warn').logger,
      readiness: () => ({ ready: true, documents: engine.documentCount, knowledge: engine.version }),
    });
    try {
      const first = (await (await fetch(`${server.url}/readyz`)).json()) as { knowledge: { hash: string; documents: number; loadedAt: string } };
      expect(first).toEqual({ status: 'ready', documents: 1, knowledge: { hash: expect.stringMatching(/^[0-9a-f]{12}$/), documents: 1, loadedAt: expect.any(String) } });
      expect(Date.now() - Date.parse(first.knowledge.loadedAt)).toBeLessThan(60_000);

      await writeFiles(dir, { 'b.md': markdown({ id: 'b' }) });
      await engine.reload();
      const second = (await (await fetch(`${server.url}/readyz`)).json()) as typeof first;
      expect(second.knowledge.documents).toBe(2);
      expect(second.knowledge.hash).not.toBe(first.knowledge.hash);
    } finally {
      await server.close(100);
      await removeFolder(dir);
    }
  });
});

describe('knowledge settings from the environment', () => {
  it('defaults to 10 MB a file, 200 MB in all and a rescan every 60 s', () => {
    const config = loadConfig({});
    expect(config.knowledgeLimits).toEqual({ maxFileBytes: 10_485_760, maxTotalBytes: 209_715_200 });
    expect(config.knowledgeRescanSeconds).toBe(60);
  });

  it('reads the variables and names a bad one', () => {
    const config = loadConfig({ KNOWLEDGE_MAX_FILE_MB: '2', KNOWLEDGE_MAX_TOTAL_MB: '50', KNOWLEDGE_RESCAN_SECONDS: '0' });
    expect(config.knowledgeLimits).toEqual({ maxFileBytes: 2_097_152, maxTotalBytes: 52_428_800 });
    expect(config.knowledgeRescanSeconds).toBe(0);
    expect(() => loadConfig({ KNOWLEDGE_MAX_FILE_MB: 'big' })).toThrow("KNOWLEDGE_MAX_FILE_MB must be a whole number 1–1000, got 'big'");
  });
});
