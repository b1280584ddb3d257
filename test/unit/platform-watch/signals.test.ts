import { describe, expect, it } from 'vitest';
import { capacitySignal, deadLetterSignals } from '../../../shared/platform-watch/signals';

const now = new Date('2026-11-26T04:00:00Z');
const node = (cpuCores: number, memoryGiB: number, reserved: { cpuMillicores: number; memoryMiB: number }, schedulable = true) =>
  ({ name: `n${cpuCores}`, schedulable, system: { cpuCores, memoryTotalBytes: memoryGiB * 2 ** 30 }, reserved }) as never;

describe('the capacity signal', () => {
  it('is raised when the tighter of CPU and memory has less than the threshold free on schedulable healthy nodes', () => {
    const roomy = capacitySignal([node(4, 16, { cpuMillicores: 1000, memoryMiB: 4096 })], 20, now);
    expect(roomy.raised).toBe(false);
    expect(roomy.onClear).toMatchObject({ type: 'capacity.recovered', detail: { freePercent: 75, healthyNodes: 1 } });

    const tight = capacitySignal([node(4, 16, { cpuMillicores: 1000, memoryMiB: 14 * 1024 })], 20, now);
    expect(tight.raised).toBe(true);
    expect(tight.onRaise).toMatchObject({ type: 'capacity.low', detail: { freePercent: 12.5, thresholdPercent: 20 } });
  });

  it('counts no capacity at all as low, and leaves cordoned nodes out', () => {
    expect(capacitySignal([], 20, now).raised).toBe(true);
    expect(capacitySignal([node(4, 16, { cpuMillicores: 0, memoryMiB: 0 }, false)], 20, now)).toMatchObject({ raised: true, onRaise: { detail: { healthyNodes: 0, freePercent: 0 } } });
  });
});

describe('the dead-letter signals', () => {
  it('are one per queue, raised while its DLQ holds a visible message', () => {
    const depth = (visible: number) => ({ visible, inFlight: 0, delayed: 0 });
    const signals = deadLetterSignals(
      [
        { name: 'webhook-delivery', queue: depth(3), deadLetterQueue: depth(2) },
        { name: 'notifications', queue: depth(0), deadLetterQueue: depth(0) },
      ],
      now,
    );
    expect(signals.map((s) => [s.key, s.raised])).toEqual([['dlq#webhook-delivery', true], ['dlq#notifications', false]]);
    expect(signals[0]!.onRaise).toMatchObject({ type: 'queue.dead-letters', detail: { queue: 'webhook-delivery', messages: 2 } });
    expect(signals[1]!.onClear).toMatchObject({ type: 'queue.drained', detail: { queue: 'notifications' } });
  });
});
