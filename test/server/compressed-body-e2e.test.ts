/**
 * Compressed bodies over real HTTP: a gzip bomb (a few hundred KB inflating to 200 MB) is refused
 * with 415 before it is read, fast and without the server's memory growing; so are deflate and
 * brotli, and a body that announces more than the limit gets 413 at once. The bot keeps answering.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { FakeEngine } from '../support/fake-engine';
import { emulatorMessage, teamsPersonalMessage } from '../support/activities';

const INFLATED_BYTES = 200 * 1024 * 1024;

function post(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer and close before the whole upload is sent; that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

describe('compressed and oversized bodies', () => {
  let bot: TestBot;
  let engine: FakeEngine;
  /** `{"type":"message",…,"text":"aaaa…"}` of 200 MB, compressed chunk by chunk so the test stays small too. */
  let bomb: Buffer;

  beforeAll(async () => {
    engine = new FakeEngine();
    bot = await startTestBot({ engine });
    bomb = await new Promise<Buffer>((resolve, reject) => {
      const json = JSON.stringify(emulatorMessage(bot.standIn.url(), 'PAD')).split('PAD');
      const gzip = zlib.createGzip({ level: 9 });
      const out: Buffer[] = [];
      gzip.on('data', (chunk: Buffer) => out.push(chunk));
      gzip.on('end', () => resolve(Buffer.concat(out)));
      gzip.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      gzip.write(json[0]);
      for (let written = 0; written < INFLATED_BYTES; written += chunk.length) gzip.write(chunk);
      gzip.end(json[1]);
    });
  });
  afterAll(async () => bot.close());

  it('refuses a gzip body that inflates to 200 MB with 415, fast, memory flat', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const res = await post(bot.server.url, bomb, { 'content-encoding': 'gzip' });
    const ms = Date.now() - started;
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toEqual({ error: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted; send plain JSON.' });
    expect(ms).toBeLessThan(2000);
    // Inflating would cost 200 MB or more; anything near flat means the body was never inflated.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
    expect(engine.asked).toEqual([]);
  });

  it.each(['deflate', 'br', 'GZIP', 'gzip, identity'])('refuses content-encoding %s with 415', async (encoding) => {
    const body = encoding === 'br' ? zlib.brotliCompressSync('{}') : zlib.deflateSync('{}');
    expect((await post(bot.server.url, body, { 'content-encoding': encoding })).status).toBe(415);
  });

  it('refuses a body announced larger than the limit with 413 before reading it', async () => {
    const started = Date.now();
    const res = await post(bot.server.url, Buffer.alloc(8 * 1024 * 1024, 0x20), {});
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'PayloadTooLarge' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('still answers a plain question afterwards', async () => {
    expect((await bot.post(teamsPersonalMessage(bot.standIn.url(), 'Får jag lagra hälsodata i Office 365?'))).status).toBe(200);
    await bot.standIn.waitFor((a) => a.activity.type === 'message');
    expect(engine.asked).toEqual(['Får jag lagra hälsodata i Office 365?']);
  });
});
