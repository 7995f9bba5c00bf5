import { eachInOrder } from '../../../bot/engine/knowledge/each-in-order';

describe('eachInOrder', () => {
  it('hands results over in the items order even when later items finish first', async () => {
    const seen: string[] = [];
    const delays = [30, 1, 20, 5, 0];
    await eachInOrder(delays, 3, (ms) => new Promise<string>((resolve) => setTimeout(() => resolve(`waited ${ms}`), ms)), (result) => {
      seen.push(result);
    });
    expect(seen).toEqual(['waited 30', 'waited 1', 'waited 20', 'waited 5', 'waited 0']);
  });

  it('never has more than width items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
    };
    await eachInOrder(Array.from({ length: 10 }, (_, i) => i), 4, work, () => undefined);
    expect(most).toBe(4);
  });

  it('stops at the first failure and passes it on', async () => {
    const used: number[] = [];
    const work = async (n: number) => {
      if (n === 3) throw new Error('cannot read 3');
      return n;
    };
    await expect(eachInOrder([1, 2, 3, 4, 5, 6], 2, work, (n) => {
      used.push(n);
    })).rejects.toThrow('cannot read 3');
    expect(used).toEqual([1, 2]);
  });
});
