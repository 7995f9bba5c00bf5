/**
 * Bounded fuzzing over real HTTP with the real engine: generated activities (valid ones, wrong
 * types, odd values, junk fields, random JSON) are posted to /api/messages. No 5xx, no crash,
 * nothing personal in the log, and a normal question is answered afterwards.
 * FUZZ_RUNS=5000 npx jest test/server/activity-fuzz-e2e.test.ts for a long run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createEngine } from '../../bot/engine/engine';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { emulatorMessage, slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const PNR = '19121212-1212';

describe('fuzzed activities over HTTP', () => {
  let bot: TestBot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-fuzz-'));
    const engine = await createEngine({ knowledgeDir: path.resolve(__dirname, '../../knowledge'), dataDir });
    bot = await startTestBot({ engine, env: { RATE_LIMIT_PER_MINUTE: '10000' } });
  });
  afterAll(async () => {
    await bot.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers ${RUNS} generated activities without a 5xx, then a normal question`, async () => {
    const serviceUrl = bot.standIn.url();
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('', ' ', '+1', '-1', 'helpdesk', 'hjälp', `journal ${PNR}`, 'Får jag lagra hälsodata i Office 365?'), fc.string({ unit: 'grapheme', maxLength: 50 }));
    const base = fc.constantFrom(
      (t: string) => teamsPersonalMessage(serviceUrl, t),
      (t: string) => teamsChannelMessage(serviceUrl, t, { mention: true }),
      (t: string) => slackMessage(serviceUrl, t),
      (t: string) => emulatorMessage(serviceUrl, t),
    );
    const field = fc.constantFrom('type', 'text', 'entities', 'attachments', 'value', 'from', 'conversation', 'recipient', 'channelData', 'locale', 'timestamp', 'membersAdded', 'replyToId', 'serviceUrl', 'name', 'channelId');
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 12345, 'x', [], {}, [{}], { id: 5 }, { action: 'feedback', vote: 'helpful' }, 'conversationUpdate', 'invoke', 'not a date'));
    const activity = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(base, text).map(([make, t]) => make(t) as Record<string, unknown>) },
      { weight: 5, arbitrary: fc.tuple(base, text, fc.dictionary(field, junk, { maxKeys: 3 })).map(([make, t, over]) => ({ ...make(t), ...over })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    );

    await fc.assert(
      fc.asyncProperty(activity, async (body) => {
        const res = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        await res.arrayBuffer();
        // 2xx for turns, 400 for what is not an activity; never a 5xx.
        expect([200, 201, 202, 400, 401, 404, 501]).toContain(res.status);
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );

    expect(bot.logs.entries().filter((e) => e.msg === 'the turn could not run')).toEqual([]);
    expect(bot.logs.text()).not.toContain(PNR);
    bot.standIn.clear();
    const res = await bot.post(teamsPersonalMessage(serviceUrl, 'Får jag lagra hälsodata i Office 365?', { conversationId: 'a:after-fuzz' }));
    expect(res.status).toBe(200);
    const reply = await bot.standIn.waitFor((a) => a.conversationId === 'a:after-fuzz' && a.activity.type === 'message');
    expect(JSON.stringify(reply.activity.attachments)).toContain('Inte ännu');
  }, 120_000);
});
