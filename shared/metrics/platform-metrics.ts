import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DomainEvent } from '../events/domain-event';

/**
 * The platform's business metrics, as CloudWatch embedded-metric-format log lines (Powertools Metrics): no
 * API call, CloudWatch extracts them from the logs; locally they are lines in the runtime's log. One
 * namespace; the dashboard (infra/aws/constructs/dashboard.ts) reads the same names.
 */
export const METRICS_NAMESPACE = 'PaasPlatform';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'paas-platform' });

/** `subscription.created` → `SubscriptionCreated`: every domain event is counted under its own name. */
export const eventMetricName = (type: string): string =>
  type
    .split(/[.\-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** Named metrics beyond the event counts, one place for the dashboard to read them from. */
export const metricNames = {
  provisioningSeconds: 'ProvisioningSeconds',
  heartbeatsReceived: 'HeartbeatsReceived',
  /** Webhook delivery attempts, from the delivery consumer: a 2xx, or anything else (the rate is graphed). */
  webhookDeliveriesSucceeded: 'WebhookDeliveriesSucceeded',
  webhookDeliveriesFailed: 'WebhookDeliveriesFailed',
  /** Gauges from each run of the node health monitor (every minute): how many nodes are in each status. */
  nodesHealthy: 'NodesHealthy',
  nodesUnhealthy: 'NodesUnhealthy',
  nodesOffline: 'NodesOffline',
  /** Gauge from each platform watch (every 5 minutes): messages waiting in all DLQs together. */
  deadLetterMessages: 'DeadLetterMessages',
} as const;

const nodeGauges = { HEALTHY: metricNames.nodesHealthy, UNHEALTHY: metricNames.nodesUnhealthy, OFFLINE: metricNames.nodesOffline } as const;

/** Counts an event as it is forwarded, and, for a running instance, how long it took to provision. */
export const recordEventMetrics = (event: DomainEvent): void => {
  metrics.addMetric(eventMetricName(event.type), MetricUnit.Count, 1);
  const seconds = (event.detail as { provisioningSeconds?: unknown }).provisioningSeconds;
  if (event.type === 'instance.running' && typeof seconds === 'number') metrics.addMetric(metricNames.provisioningSeconds, MetricUnit.Seconds, seconds);
};

export const countHeartbeat = (): void => {
  metrics.addMetric(metricNames.heartbeatsReceived, MetricUnit.Count, 1);
};

/** One webhook delivery attempt that went out (a dropped delivery is not one). */
export const countWebhookAttempt = (succeeded: boolean): void => {
  metrics.addMetric(succeeded ? metricNames.webhookDeliveriesSucceeded : metricNames.webhookDeliveriesFailed, MetricUnit.Count, 1);
};

/** The nodes in each health status, as the monitor's run counted them. */
export const recordNodeHealth = (counts: Record<keyof typeof nodeGauges, number>): void => {
  for (const [status, name] of Object.entries(nodeGauges)) metrics.addMetric(name, MetricUnit.Count, counts[status as keyof typeof nodeGauges]);
};

/** Messages waiting in the DLQs, summed over every queue of the queue table. */
export const recordDeadLetters = (messages: number): void => {
  metrics.addMetric(metricNames.deadLetterMessages, MetricUnit.Count, messages);
};

/** Writes what was recorded (one log line); a call with nothing recorded writes nothing. */
export const flushMetrics = (): void => {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
};
