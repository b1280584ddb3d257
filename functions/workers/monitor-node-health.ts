import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logging/logger';
import { monitorNodeHealth } from '../../shared/workers/monitor-node-health';
import { workerDeps } from './worker-deps';

/**
 * The health monitor, run every minute by the schedule table. Its clock is the scheduled event's time, so a
 * run judges the nodes as of the moment it was due.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const deps = workerDeps();
  const now = event.time ? new Date(event.time) : deps.now();
  const transitions = await monitorNodeHealth(deps.nodes, Number.isNaN(now.getTime()) ? deps.now() : now, deps.thresholds);
  logger.info('node health checked', { at: now.toISOString(), transitions: transitions.length, applied: transitions.filter((t) => t.applied).length });
  return { transitions };
};
