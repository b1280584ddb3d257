import type { NodeStatus } from './node';

export interface HealthThresholds {
  unhealthyAfterSeconds: number;
  offlineAfterSeconds: number;
}

/**
 * What a node's status should be, given how long ago its last heartbeat arrived. Pure: the monitor applies
 * it with a conditional write, so two monitors at once cannot flap a node.
 */
export const expectedStatus = (lastHeartbeatAt: string, now: Date, thresholds: HealthThresholds): NodeStatus => {
  const silentSeconds = (now.getTime() - Date.parse(lastHeartbeatAt)) / 1000;
  if (silentSeconds >= thresholds.offlineAfterSeconds) return 'OFFLINE';
  if (silentSeconds >= thresholds.unhealthyAfterSeconds) return 'UNHEALTHY';
  return 'HEALTHY';
};

/** The worker event of a status change; undefined when nothing changed. */
export const transitionEvent = (from: NodeStatus | undefined, to: NodeStatus) => {
  if (from === to) return undefined;
  if (from === undefined) return 'worker.registered' as const;
  if (to === 'UNHEALTHY') return 'worker.unhealthy' as const;
  if (to === 'OFFLINE') return 'worker.offline' as const;
  return 'worker.recovered' as const;
};
