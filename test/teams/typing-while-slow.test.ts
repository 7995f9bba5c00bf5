import type { Activity, TurnContext } from 'botbuilder';
import { typingWhileSlow } from '../../bot/teams/typing-while-slow';
import { captureLogs } from '../support/log-capture';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Just what typingWhileSlow touches of a turn: it sends, and the test sees when. */
function recordingContext(send: () => Promise<unknown> = async () => ({ id: 'x' })): { context: TurnContext; events: string[] } {
  const events: string[] = [];
  const context = {
    sendActivity: async (activity: Partial<Activity>) => {
      events.push(`send ${activity.type}`);
      await send();
      events.push(`sent ${activity.type}`);
      return { id: 'typing-1' };
    },
  } as unknown as TurnContext;
  return { context, events };
}

describe('typingWhileSlow', () => {
  it('sends nothing when the work is done before the delay', async () => {
    const { context, events } = recordingContext();
    const logs = captureLogs();
    expect(await typingWhileSlow(context, logs.logger, async () => 'answer', 200)).toBe('answer');
    await sleep(250);
    expect(events).toEqual([]);
  });

  it('sends one typing indicator when the work outlasts the delay', async () => {
    const { context, events } = recordingContext();
    const logs = captureLogs();
    const result = await typingWhileSlow(context, logs.logger, async () => {
      await sleep(120);
      events.push('work done');
      return 42;
    }, 30);
    expect(result).toBe(42);
    expect(events).toEqual(['send typing', 'sent typing', 'work done']);
  });

  it('waits for an indicator still being sent, so it never arrives after the answer', async () => {
    const { context, events } = recordingContext(() => sleep(150));
    const logs = captureLogs();
    await typingWhileSlow(context, logs.logger, async () => {
      await sleep(60);
      events.push('work done');
    }, 20);
    events.push('returned');
    expect(events).toEqual(['send typing', 'work done', 'sent typing', 'returned']);
  });

  it('logs a failed indicator and still returns the work', async () => {
    const { context } = recordingContext(async () => {
      throw new Error('connector said 502');
    });
    const logs = captureLogs();
    const result = await typingWhileSlow(context, logs.logger, async () => {
      await sleep(80);
      return 'answer';
    }, 10);
    expect(result).toBe('answer');
    expect(logs.entries().map((e) => e.msg)).toEqual(['typing indicator failed']);
  });

  it('passes the work\'s error on, and sends nothing after it', async () => {
    const { context, events } = recordingContext();
    const logs = captureLogs();
    await expect(typingWhileSlow(context, logs.logger, async () => {
      throw new Error('index unavailable');
    }, 30)).rejects.toThrow('index unavailable');
    await sleep(80);
    expect(events).toEqual([]);
  });
});
