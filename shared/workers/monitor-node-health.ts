import type { NodeStatus } from './node';
import { expectedStatus, type HealthThresholds } from './node-health';
import type { NodeStore } from './node-store';

export interface Transition {
  name: string;
  from: NodeStatus;
  to: NodeStatus;
  applied: boolean;
}

/**
 * The health monitor: finds HEALTHY nodes silent for longer than the unhealthy threshold and UNHEALTHY ones
 * silent past the offline threshold (two index queries: its cost grows with the nodes that are late, not
 * with all nodes), and moves each with a conditional write. A write that loses to a heartbeat or to another
 * monitor is simply not applied.
 */
export const monitorNodeHealth = async (nodes: NodeStore, now: Date, thresholds: HealthThresholds): Promise<Transition[]> => {
  const before = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
  const candidates = [
    ...(await nodes.silentSince('HEALTHY', before(thresholds.unhealthyAfterSeconds))),
    ...(await nodes.silentSince('UNHEALTHY', before(thresholds.offlineAfterSeconds))),
  ];
  const transitions: Transition[] = [];
  for (const node of candidates) {
    const to = expectedStatus(node.lastHeartbeatAt, now, thresholds);
    if (to === node.status) continue;
    transitions.push({ name: node.name, from: node.status, to, applied: await nodes.transition(node, to, now.toISOString()) });
  }
  return transitions;
};
