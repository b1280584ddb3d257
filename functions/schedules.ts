/**
 * The schedule table (DESIGN section 3): CDK makes one EventBridge schedule per row and the local runtime
 * runs the same handlers on the same cadence. A row's name is what `npm run job -- <name>` takes.
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
    name: 'worker-health',
    expression: 'rate(1 minute)',
    handler: 'workers/monitor-node-health',
    description: 'Marks nodes UNHEALTHY, then OFFLINE, when their heartbeats stop',
  },
  {
    name: 'expiry',
    expression: 'rate(1 hour)',
    handler: 'subscriptions/expire-subscriptions',
    description: 'Tells customers a period ends soon, suspends what is past its end, expires what is past its grace',
  },
  {
    name: 'platform-watch',
    expression: 'rate(5 minutes)',
    handler: 'platform/watch-platform',
    description: 'Tells administrators (platform events) when capacity runs low or a DLQ holds messages, and when that ends',
  },
  {
    name: 'pod-health',
    expression: 'rate(5 minutes)',
    handler: 'subscriptions/check-pod-health',
    description: 'Marks running instances whose pods are not Ready DEGRADED, and back (the net under the Kubernetes events hook)',
  },
  {
    name: 'metering',
    expression: 'rate(1 hour)',
    handler: 'usage/meter-usage',
    description: "Samples each running instance's CPU, memory and storage for the hour (metrics.k8s.io and its volumes)",
  },
  {
    name: 'backups',
    expression: 'rate(1 hour)',
    handler: 'backups/run-scheduled-backups',
    description: "Backs up each running instance once a day in its own hour, and ends backups whose workflow was lost",
  },
  {
    name: 'version-eol',
    expression: 'rate(1 day)',
    handler: 'upgrades/send-end-of-life-notices',
    description: 'Tells the customers of instances on a version 30 and 7 days before its end of life, once each',
  },
  {
    name: 'domains',
    expression: 'rate(1 minute)',
    handler: 'domains/recheck-domains',
    description: 'Checks custom domains whose check is due: pending ones with backoff until verified or given up after a day, verified ones hourly for records that stopped pointing here',
  },
  {
    name: 'cleanup',
    expression: 'rate(1 day)',
    handler: 'cleanup/run-cleanup',
    description: 'Fails or finishes instances stuck in PROVISIONING or DELETING past their deadline, deletes labelled namespaces no live instance owns',
  },
];
