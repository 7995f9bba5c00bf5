import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { adapterBot } from '../support/test-adapter-bot';
import { FakeEngine } from '../support/fake-engine';
import { emulatorMessage, teamsPersonalMessage } from '../support/activities';

const URL = 'http://127.0.0.1:9';

describe('onTurnError', () => {
  it('logs the stack, sends a trace and a friendly message without internals', async () => {
    const engine = new FakeEngine();
    engine.failWith = new Error('index file /srv/data/index.json is corrupt');
    const bot = adapterBot({ engine });
    const replies = await bot.turn(emulatorMessage(URL, 'Får jag lagra hälsodata i Office 365?'));
    await bot.close();

    const trace = replies.find((r) => r.type === 'trace');
    expect(trace).toMatchObject({ name: 'OnTurnError Trace', label: 'TurnError', value: expect.stringContaining('is corrupt') });
    const messages = replies.filter((r) => r.type === 'message');
    expect(messages.map((m) => m.text)).toEqual([CHAT_STRINGS.en.turnError]);
    expect(messages[0].text).not.toMatch(/corrupt|index\.json/);

    const logged = bot.logs.entries().find((e) => e.msg === 'turn failed');
    expect(logged).toMatchObject({ level: 50, channelId: 'emulator', err: { message: 'index file /srv/data/index.json is corrupt' } });
    expect((logged?.err as { stack: string }).stack).toMatch(/is corrupt\n\s+at /);
    expect(bot.logs.text()).not.toContain('hälsodata');
  });

  it('speaks Swedish to a Swedish client', async () => {
    const engine = new FakeEngine();
    engine.failWith = new Error('boom');
    const bot = adapterBot({ engine });
    const replies = await bot.turn(teamsPersonalMessage(URL, 'Får jag?'));
    await bot.close();
    expect(replies.filter((r) => r.type === 'message').map((r) => r.text)).toEqual([CHAT_STRINGS.sv.turnError]);
  });
});
