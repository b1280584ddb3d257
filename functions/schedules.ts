/**
 * The schedule table (DESIGN section 3): CDK makes one EventBridge schedule per row and the local runtime
 * runs the same handlers on the same cadence. Later issues add the health monitor, expiry, usage and cleanup.
 */
export interface ScheduleDefinition {
  name: string;
  /** EventBridge expression: `rate(1 minute)` or `cron(0 * * * ? *)`. */
  expression: string;
  /** The handler module under functions/, exporting `handler`. */
  handler: string;
  description: string;
}

export const schedules: readonly ScheduleDefinition[] = [
  {
    name: 'node-health-monitor',
    expression: 'rate(1 minute)',
    handler: 'workers/monitor-node-health',
    description: 'Marks nodes UNHEALTHY, then OFFLINE, when their heartbeats stop',
  },
];
