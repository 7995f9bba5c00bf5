import fs from 'node:fs';
import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { FakeEngine } from '../support/fake-engine';
import { TEAMS_CHANNEL_CONVERSATION, emulatorMessage, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const QUESTION = 'Får jag lagra hälsodata i Office 365?';

describe('startServer over HTTP (fake engine)', () => {
  let bot: TestBot;
  let engine: FakeEngine;

  beforeEach(async () => {
    engine = new FakeEngine();
    bot = await startTestBot({ engine });
  });
  afterEach(async () => bot.close());

  const rawPost = (body: string | Buffer, contentType = 'application/json') =>
    fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers /healthz', async () => {
    const res = await fetch(`${bot.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 until the engine is there', async () => {
    await bot.close();
    bot = await startTestBot();
    const before = await fetch(`${bot.server.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'starting' });
    bot.slot.fill(engine);
    const after = await fetch(`${bot.server.url}/readyz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready', documents: 3 });
  });

  it('holds a question sent before the index is loaded and answers it once it is', async () => {
    await bot.close();
    bot = await startTestBot({ env: { STARTUP_WAIT_SECONDS: '30' } });
    const posted = bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    // The request is received and held: nothing is sent while the index loads.
    while (bot.server.pending === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(bot.standIn.received).toEqual([]);
    bot.slot.fill(engine);
    expect((await posted).status).toBe(200);
    const reply = await bot.standIn.waitFor((a) => a.activity.type === 'message');
    expect(reply.activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(engine.asked).toEqual([QUESTION]);
    expect(bot.standIn.received.some((a) => a.activity.text === CHAT_STRINGS.sv.startingUp)).toBe(false);
  });

  it('says it is starting only once the start-up wait has passed', async () => {
    await bot.close();
    bot = await startTestBot({ env: { STARTUP_WAIT_SECONDS: '1' } });
    const started = Date.now();
    expect((await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const reply = await bot.standIn.waitFor((a) => a.activity.type === 'message');
    expect(reply.activity.text).toBe(CHAT_STRINGS.sv.startingUp);
    expect(bot.logs.entries().some((e) => e.msg === 'the index is still loading after the start-up wait; the turn goes ahead')).toBe(true);
  });

  it('replies to the serviceUrl with its path prefix and percent-encoded ids', async () => {
    const serviceUrl = bot.standIn.url('/teams-prefix/emea');
    const activity = teamsChannelMessage(serviceUrl, QUESTION, { mention: true });
    const res = await bot.post(activity);
    expect(res.status).toBe(200);
    const reply = await bot.standIn.waitFor((a) => a.activity.type === 'message');
    expect(reply).toMatchObject({ method: 'POST', prefix: '/teams-prefix/emea', conversationId: TEAMS_CHANNEL_CONVERSATION, activityId: activity.id });
    expect(reply.activity.replyToId).toBe(activity.id);
    expect(reply.authorization).toBeUndefined();
  });

  it('refuses malformed JSON with 400 and a JSON body that does not echo the input', async () => {
    const res = await rawPost('{"type": "message", "text": "19121212-1212"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body).toEqual({ error: 'InvalidContent', message: 'The request body is not valid JSON.' });
    expect(bot.logs.text()).not.toContain('19121212');
    expect(bot.standIn.received).toEqual([]);
  });

  it('refuses a 1 MB body with 413 before parsing it', async () => {
    const big = JSON.stringify({ ...emulatorMessage(bot.standIn.url(), 'x'), text: 'x'.repeat(1024 * 1024) });
    const res = await rawPost(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'PayloadTooLarge' });
    expect(engine.asked).toEqual([]);
  });

  it('refuses JSON that is no activity with 400', async () => {
    for (const body of ['{}', '[1, 2]', '"text"', JSON.stringify({ type: 'message', text: 'hej' })]) {
      const res = await rawPost(body);
      expect([body, res.status]).toEqual([body, 400]);
    }
    expect((await rawPost('hello', 'text/plain')).status).toBe(400);
    expect(engine.asked).toEqual([]);
  });

  it('refuses activities with fields of the wrong type with 400, naming the fields, not the values', async () => {
    const base = teamsPersonalMessage(bot.standIn.url(), QUESTION);
    const cases: [Record<string, unknown>, string][] = [
      [{ text: 12345 }, 'text: must be text'],
      [{ entities: 'x' }, 'entities: must be a list'],
      [{ from: { id: 7 } }, 'from.id: must be text'],
      [{ conversation: 'a:1' }, 'conversation: must be an object'],
      [{ serviceUrl: 'javascript:alert(1)' }, 'serviceUrl: must be an http(s) URL'],
      [{ attachments: [{ contentType: 5 }] }, 'attachments.0.contentType: must be text'],
      [{ channelData: [1] }, 'channelData: must be an object'],
    ];
    for (const [fields, problem] of cases) {
      const res = await rawPost(JSON.stringify({ ...base, ...fields }));
      const body = (await res.json()) as { error: string; message: string };
      expect([fields, res.status, body.error]).toEqual([fields, 400, 'BadRequest']);
      expect(body.message).toBe(`The body is not a Bot Framework activity. ${problem}`);
    }
    expect(engine.asked).toEqual([]);
    expect(bot.standIn.received).toEqual([]);
    expect(bot.logs.text()).not.toContain('alert(1)');
  });

  it('answers an odd but valid message (a picture, no text) with a clear request for a question', async () => {
    const picture = { ...teamsPersonalMessage(bot.standIn.url(), ''), text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }] };
    expect((await bot.post(picture)).status).toBe(200);
    const reply = await bot.standIn.waitFor((a) => a.activity.type === 'message');
    expect(reply.activity.text).toBe(CHAT_STRINGS.sv.emptyQuestion);
    expect(engine.asked).toEqual([]);
  });

  it('answers /readyz with 503 and the fix while the data folder cannot be written', async () => {
    expect((await fetch(`${bot.server.url}/readyz`)).status).toBe(200);
    fs.rmSync(bot.dataDir, { recursive: true, force: true });
    fs.writeFileSync(bot.dataDir, 'a file where the folder was');
    const res = await fetch(`${bot.server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'storage-failing',
      message: `DATA_DIR '${bot.dataDir}' is not a folder (a file is in the way): remove that file, or set DATA_DIR to another path [ENOTDIR]`,
    });
    fs.rmSync(bot.dataDir);
    fs.mkdirSync(bot.dataDir);
    expect((await fetch(`${bot.server.url}/readyz`)).status).toBe(200);
  });

  it('keeps serving after bad requests', async () => {
    await rawPost('{bad');
    await rawPost(Buffer.alloc(2 * 1024 * 1024, 0x61));
    const res = await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    expect(res.status).toBe(200);
    await bot.standIn.waitFor((a) => a.activity.type === 'message');
  });

  it('lets a turn in flight finish on close, then stops listening', async () => {
    engine.delayMs = 400;
    const pending = bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    while (engine.asked.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const closed = bot.server.close(5000);
    expect((await pending).status).toBe(200);
    await closed;
    expect(bot.standIn.received.some((a) => a.activity.type === 'message')).toBe(true);
    await expect(fetch(`${bot.server.url}/healthz`)).rejects.toThrow();
  });
});

describe('startServer with a Microsoft app id', () => {
  let bot: TestBot;
  // The SDK reports refused tokens on console.error itself; keep the test output readable.
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    bot = await startTestBot({ engine: new FakeEngine(), env: { MicrosoftAppId: '00000000-aaaa-bbbb-cccc-000000000000', MicrosoftAppPassword: 'not-a-real-secret' } });
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await bot.close();
  });

  it('answers 401 to a request without a token and runs no turn', async () => {
    const res = await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Unauthorized', message: 'A valid Bot Framework token is required.' });
    expect(bot.standIn.received).toEqual([]);
  });

  it('answers 401 to a forged token', async () => {
    const forged = ['eyJhbGciOiJub25lIn0', 'eyJpc3MiOiJtZSJ9', ''].join('.');
    const res = await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(bot.standIn.received).toEqual([]);
  });
});
