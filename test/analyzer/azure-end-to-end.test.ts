/**
 * The Azure analyzer where users meet it: the engine's Answer, the bot's store and logs over
 * real HTTP, and the `ask` CLI, all against the local stand-in of the Language service.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AzureAnalyzer } from '../../bot/analyzer/azure-analyzer';
import { createEngine, Engine } from '../../bot/engine/engine';
import { Answer } from '../../bot/engine/types';
import { submitData } from '../support/card-reading';
import { FakeLanguageService, startFakeLanguageService } from '../support/fake-language-service';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { teamsCardSubmit, teamsPersonalMessage } from '../support/activities';
import { captureLogs } from '../support/log-capture';

const ROOT = path.resolve(__dirname, '../..');
const KNOWLEDGE_DIR = path.join(ROOT, 'knowledge');
const NAME = 'Anna Svensson';
const QUESTION = `Får ${NAME} lagra hälsodata i Office 365? Hennes personnummer är 19121212-1212.`;

describe('the Azure analyzer end to end', () => {
  let service: FakeLanguageService;
  let dataDir: string;
  let engine: Engine;

  beforeAll(async () => {
    service = await startFakeLanguageService('test-key');
    service.script.pii[NAME] = 'Person';
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-azure-e2e-'));
    const analyzer = new AzureAnalyzer({ endpoint: service.endpoint, key: 'test-key', logger: captureLogs('warn').logger });
    engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir, analyzer });
  });
  afterAll(async () => {
    await service.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    service.requests.length = 0;
  });

  test('a name the service reports is gone from the Answer; the identity number never left the machine', async () => {
    const answer = await engine.ask(QUESTION);
    expect(JSON.stringify(answer)).not.toMatch(/Anna|Svensson|1212/);
    expect(answer.redactions).toBe(2);
    expect(answer.verdict).toBe('pending');
    expect(service.requests.length).toBeGreaterThan(0);
    expect(service.requests.map((r) => r.body).join('\n')).not.toMatch(/1212/);
  });

  describe('in the bot', () => {
    let bot: TestBot;
    beforeAll(async () => {
      bot = await startTestBot({ engine });
    });
    afterAll(() => bot.close());

    test('the name is absent from the card, the stored feedback and the logs', async () => {
      await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
      const reply = await bot.standIn.waitFor((a) => a.activity.type === 'message');
      expect(JSON.stringify(reply.activity.attachments)).not.toMatch(/Svensson|1212/);

      // The card's vote carries only the answer id; the stored question is the logged, redacted one.
      await bot.post(teamsCardSubmit(bot.standIn.url(), submitData(reply.activity, 'Till hjälp')));
      await bot.standIn.waitFor((a) => a.activity.type === 'message' && a !== reply);

      const [stored] = await bot.store.listFeedback(1);
      expect(stored.question).toContain('hälsodata');
      expect(JSON.stringify(await bot.store.listFeedback(10))).not.toMatch(/Svensson|1212/);
      expect(bot.logs.text()).not.toMatch(/Svensson|1212/);
    });
  });

  test('the ask CLI uses the Azure analyzer when the variables are set', async () => {
    // Asynchronous: the stand-in service lives in this process and must keep answering.
    const run = await promisify(execFile)('npx', ['tsx', 'bot/cli/ask.ts', '--json', QUESTION], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR, DATA_DIR: dataDir, AZURE_LANGUAGE_ENDPOINT: service.endpoint, AZURE_LANGUAGE_KEY: 'test-key' },
    });
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.question).not.toContain('Svensson');
    expect(answer.redactions).toBe(2);
    expect(service.requests.some((r) => r.headers['ocp-apim-subscription-key'] === 'test-key')).toBe(true);
  });
});
