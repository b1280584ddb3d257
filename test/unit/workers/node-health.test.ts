import { describe, expect, it } from 'vitest';
import { monitorNodeHealth } from '../../../shared/workers/monitor-node-health';
import type { NodeStatus } from '../../../shared/workers/node';
import { expectedStatus, transitionEvent } from '../../../shared/workers/node-health';
import type { NodeStore } from '../../../shared/workers/node-store';

const thresholds = { unhealthyAfterSeconds: 40, offlineAfterSeconds: 300 };
const now = new Date('2026-11-25T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('node health rules', () => {
  it.each([
    [0, 'HEALTHY'],
    [39, 'HEALTHY'],
    [40, 'UNHEALTHY'],
    [299, 'UNHEALTHY'],
    [300, 'OFFLINE'],
    [86_400, 'OFFLINE'],
  ] as const)('%i s of silence → %s', (seconds, status) => {
    expect(expectedStatus(ago(seconds), now, thresholds)).toBe(status);
  });

  it('names the event of each change, and none for no change', () => {
    expect(transitionEvent(undefined, 'HEALTHY')).toBe('worker.registered');
    expect(transitionEvent('HEALTHY', 'UNHEALTHY')).toBe('worker.unhealthy');
    expect(transitionEvent('UNHEALTHY', 'OFFLINE')).toBe('worker.offline');
    expect(transitionEvent('HEALTHY', 'OFFLINE')).toBe('worker.offline');
    expect(transitionEvent('OFFLINE', 'HEALTHY')).toBe('worker.recovered');
    expect(transitionEvent('UNHEALTHY', 'HEALTHY')).toBe('worker.recovered');
    expect(transitionEvent('HEALTHY', 'HEALTHY')).toBeUndefined();
  });
});

describe('the monitor', () => {
  it('moves late nodes, straight to OFFLINE when very late, and reports writes that lost a race', async () => {
    const nodes: Record<string, { status: NodeStatus; lastHeartbeatAt: string }> = {
      quiet: { status: 'HEALTHY', lastHeartbeatAt: ago(60) },
      gone: { status: 'HEALTHY', lastHeartbeatAt: ago(600) },
      fading: { status: 'UNHEALTHY', lastHeartbeatAt: ago(301) },
      racing: { status: 'HEALTHY', lastHeartbeatAt: ago(45) },
    };
    const store = {
      silentSince: async (status: NodeStatus, before: string) =>
        Object.entries(nodes)
          .filter(([, n]) => n.status === status && n.lastHeartbeatAt < before)
          .map(([name, n]) => ({ name, ...n })),
      // A heartbeat lands for "racing" between the query and the write: its conditional write fails.
      transition: async (node: { name: string }) => node.name !== 'racing',
    } as unknown as NodeStore;
    const transitions = await monitorNodeHealth(store, now, thresholds);
    expect(transitions).toEqual(
      expect.arrayContaining([
        { name: 'quiet', from: 'HEALTHY', to: 'UNHEALTHY', applied: true },
        { name: 'gone', from: 'HEALTHY', to: 'OFFLINE', applied: true },
        { name: 'fading', from: 'UNHEALTHY', to: 'OFFLINE', applied: true },
        { name: 'racing', from: 'HEALTHY', to: 'UNHEALTHY', applied: false },
      ]),
    );
    expect(transitions).toHaveLength(4);
  });
});
