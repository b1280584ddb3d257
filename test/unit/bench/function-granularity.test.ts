import { describe, expect, it } from 'vitest';
import { customerDay, platformDay, replay, seededRandom } from '../../../bench/function-granularity';

const options = { idleTimeoutMs: 10 * 60_000, warmCallMs: 30, coldStartMs: () => 100 };
const own = (operationId: string) => operationId;

describe('replay against pools of warm containers', () => {
  it('starts cold once, then reuses the container while it was used within the idle timeout', () => {
    const calls = [0, 9 * 60_000, 18 * 60_000].map((atMs) => ({ atMs, operationId: 'getMe' }));
    expect(replay(calls, own, options)).toMatchObject({ calls: 3, cold: 1, containers: 1, coldWaitMs: 100 });
  });

  it('starts cold again after a pause longer than the idle timeout', () => {
    const calls = [0, 11 * 60_000].map((atMs) => ({ atMs, operationId: 'getMe' }));
    expect(replay(calls, own, options)).toMatchObject({ cold: 2, containers: 2 });
  });

  it('gives overlapping calls containers of their own, and one function per group shares its warmth', () => {
    const calls = [
      { atMs: 0, operationId: 'getMe' },
      { atMs: 50, operationId: 'getMe' },
      { atMs: 1000, operationId: 'listSubscriptions' },
    ];
    expect(replay(calls, own, options)).toMatchObject({ cold: 3, containers: 3 });
    expect(replay(calls, () => 'api', options)).toMatchObject({ cold: 2, containers: 2 });
  });
});

describe('the replayed day', () => {
  it('is the same for the same seed, and has a typical customer’s 14 calls a day in time order', () => {
    expect(customerDay(seededRandom(1))).toHaveLength(14);
    const day = platformDay(50, 7);
    expect(day).toEqual(platformDay(50, 7));
    expect(day).toHaveLength(700);
    expect(day.every((call, i) => i === 0 || day[i - 1]!.atMs <= call.atMs)).toBe(true);
  });
});
