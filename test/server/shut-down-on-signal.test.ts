import { EXIT_MARGIN_MS, shutDown } from '../../bot/server/shut-down-on-signal';
import { captureLogs } from '../support/log-capture';

describe('shutDown', () => {
  afterEach(() => jest.useRealTimers());

  it('closes the server, then each step in order, then exits 0', async () => {
    const logs = captureLogs('info');
    const order: string[] = [];
    const exits: number[] = [];
    await shutDown('SIGTERM', {
      logger: logs.logger,
      graceMs: 100,
      server: { pending: 2, close: async () => void order.push('server') },
      steps: [() => void order.push('bot'), async () => void order.push('store')],
      exit: (code) => void exits.push(code),
    });
    expect(order).toEqual(['server', 'bot', 'store']);
    expect(exits).toEqual([0]);
    expect(logs.entries().map((e) => [e.msg, e.signal, e.requests])).toEqual([['shutting down: finishing requests already received', 'SIGTERM', 2]]);
  });

  it('exits 1 when a step fails, and runs none after it', async () => {
    const logs = captureLogs('info');
    const order: string[] = [];
    const exits: number[] = [];
    await shutDown('SIGINT', {
      logger: logs.logger,
      graceMs: 100,
      server: { pending: 0, close: async () => void order.push('server') },
      steps: [() => Promise.reject(new Error('disk gone')), () => void order.push('store')],
      exit: (code) => void exits.push(code),
    });
    expect(order).toEqual(['server']);
    expect(exits).toEqual([1]);
    expect(logs.entries().map((e) => e.msg)).toEqual(['shutting down: finishing requests already received', 'shutdown failed']);
  });

  it('exits 1 once the grace period and the margin have passed, whatever hangs', async () => {
    jest.useFakeTimers();
    const logs = captureLogs('info');
    const exits: number[] = [];
    const done = shutDown('SIGTERM', {
      logger: logs.logger,
      graceMs: 1000,
      server: { pending: 1, close: () => new Promise(() => undefined) },
      steps: [],
      exit: (code) => void exits.push(code),
    });
    await jest.advanceTimersByTimeAsync(1000 + EXIT_MARGIN_MS - 1);
    expect(exits).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(exits).toEqual([1]);
    expect(logs.entries().map((e) => e.msg)).toEqual(['shutting down: finishing requests already received', 'shutdown did not finish in time; exiting']);
  });
});
