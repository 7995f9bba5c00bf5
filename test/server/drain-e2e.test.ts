/**
 * close() as SIGTERM calls it, over real HTTP: a burst of turns in flight, one request whose
 * body is still uploading (received, not started) and one waiting for the index all finish
 * with 200 and an answer; new connections are refused; the deadline cuts off what hangs.
 */
import http from 'node:http';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { FakeEngine } from '../support/fake-engine';
import { teamsPersonalMessage } from '../support/activities';
import { until } from '../support/bot-process';

const QUESTION = 'Får jag lagra hälsodata i Office 365?';

/** Sends the headers and the first half of the body; `finish` sends the rest. */
function slowUpload(url: string, body: string): { finish: () => void; status: Promise<number> } {
  const req = http.request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), status };
}

describe('draining on close', () => {
  let bot: TestBot;
  let engine: FakeEngine;

  beforeEach(async () => {
    engine = new FakeEngine();
    engine.delayMs = 300;
    bot = await startTestBot({ engine });
  });
  afterEach(async () => bot.close());

  it('finishes every request already received, including one still uploading, then stops listening', async () => {
    const burst = Array.from({ length: 5 }, (_, i) =>
      bot.post(teamsPersonalMessage(bot.standIn.url(), `${QUESTION} ${i}`, { conversationId: `a:burst-${i}`, userId: `29:burst-${i}` })),
    );
    const upload = slowUpload(bot.server.url, JSON.stringify(teamsPersonalMessage(bot.standIn.url(), `${QUESTION} uploading`, { conversationId: 'a:upload', userId: '29:upload' })));
    await until(() => bot.server.pending === 6, 10_000, 'six requests received');

    const closed = bot.server.close(10_000);
    // The listener is closed at once: a new connection is refused while the drain runs.
    await expect(fetch(`${bot.server.url}/healthz`)).rejects.toThrow();
    upload.finish();

    const statuses = await Promise.all([...burst.map(async (p) => (await p).status), upload.status]);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    await closed;
    expect(engine.asked).toHaveLength(6);
    expect(engine.asked).toContain(`${QUESTION} uploading`);
    expect(bot.standIn.received.filter((a) => a.activity.type === 'message')).toHaveLength(6);
    expect(bot.logs.entries().find((e) => e.msg === 'draining: finishing requests already received')).toMatchObject({ requests: 6 });
  });

  it('finishes a turn waiting for the index when the index arrives during the drain', async () => {
    await bot.close();
    bot = await startTestBot({ env: { STARTUP_WAIT_SECONDS: '30' } });
    const posted = bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    await until(() => bot.server.pending === 1, 10_000, 'the request received');
    const closed = bot.server.close(10_000);
    bot.slot.fill(engine);
    expect((await posted).status).toBe(200);
    await closed;
    expect(engine.asked).toEqual([QUESTION]);
  });

  it('closes anyway at the deadline, saying how many requests it cut off', async () => {
    engine.delayMs = 3000;
    const posted = bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION));
    await until(() => engine.asked.length === 1, 10_000, 'the turn started');
    const started = Date.now();
    await bot.server.close(300);
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(posted).rejects.toThrow('fetch failed');
    expect(bot.logs.entries().find((e) => e.msg === 'requests still running after the grace period; closed anyway')).toMatchObject({ requests: 1, graceMs: 300 });
  });
});
