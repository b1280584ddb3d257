import type { ScheduledEvent } from 'aws-lambda';
import { scheduledTime } from '../schedule-clock';
import { logger } from '../../shared/logging/logger';
import { flushMetrics, recordNodeHealth } from '../../shared/metrics/platform-metrics';
import { monitorNodeHealth } from '../../shared/workers/monitor-node-health';
import { workerDeps } from './worker-deps';

/**
 * The health monitor, run every minute by the schedule table. Its clock is the scheduled event's time, so a
 * run judges the nodes as of the moment it was due. After its moves it counts the nodes by status (one
 * index query) for the NodesHealthy / NodesUnhealthy / NodesOffline gauges.
 */
export const handler = async (event: Pick<ScheduledEvent, 'time'>) => {
  const deps = workerDeps();
  const now = scheduledTime(event, deps.now);
  const transitions = await monitorNodeHealth(deps.nodes, now, deps.thresholds);
  const nodes = await deps.nodes.countByStatus();
  recordNodeHealth(nodes);
  flushMetrics();
  logger.info('node health checked', { at: now.toISOString(), transitions: transitions.length, applied: transitions.filter((t) => t.applied).length, nodes });
  return { transitions, nodes };
};
