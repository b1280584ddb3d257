import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Dashboard, GraphWidget, MathExpression, SingleValueWidget, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { eventMetricName, metricNames } from '../../../shared/metrics/platform-metrics';
import { businessMetric } from './business-metric';

export interface PlatformDashboardProps {
  api: IHttpApi;
  deadLetterQueues: ReadonlyArray<{ id: string; queue: Queue }>;
}

const period = Duration.minutes(5);
const business = (metricName: string, statistic = 'Sum') => businessMetric(metricName, statistic, period);
const events = (...types: string[]) => types.map((type) => business(eventMetricName(type)).with({ label: type }));

/**
 * One page for the people who run the platform: the API's traffic and errors, what customers do
 * (subscriptions, provisioning time and failures), the workers' heartbeats, health changes and nodes by
 * health, webhook endpoints failing and the deliveries' success rate, and every message given up on. The names are the ones the functions record
 * (shared/metrics/platform-metrics.ts), so a renamed event changes both.
 */
export class PlatformDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PlatformDashboardProps) {
    super(scope, id);
    const { api } = props;
    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(24) });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# PaaS platform\nAPI, customers, provisioning, workers, webhooks. Alarms go to the alarm topic.', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [api.metricCount({ period, statistic: 'Sum' }), api.metricClientError({ period, statistic: 'Sum' }), api.metricServerError({ period, statistic: 'Sum' })],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: [api.metricLatency({ period, statistic: 'p50' }), api.metricLatency({ period, statistic: 'p99' })],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Subscriptions', left: events('subscription.created', 'subscription.activated', 'subscription.cancelled', 'subscription.suspended', 'subscription.expired'), width: 8 }),
      new GraphWidget({
        title: 'Provisioning time (s) and failures',
        left: [business(metricNames.provisioningSeconds, 'p50').with({ label: 'p50' }), business(metricNames.provisioningSeconds, 'p99').with({ label: 'p99' })],
        right: events('instance.failed', 'instance.degraded'),
        width: 8,
      }),
      new GraphWidget({
        title: 'Workers',
        left: [business(metricNames.heartbeatsReceived).with({ label: 'heartbeats' })],
        right: events('worker.unhealthy', 'worker.offline', 'worker.recovered'),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Webhook endpoints', left: events('webhook.failing', 'webhook.disabled', 'webhook.recovered'), width: 8 }),
      new SingleValueWidget({
        title: 'Messages given up on (DLQs)',
        metrics: props.deadLetterQueues.map(({ id: queueId, queue }) => queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum', label: queueId })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function errors (all functions)',
        // A dashboard may search; an alarm may not (each function has its own alarm instead).
        left: [new MathExpression({ expression: `SEARCH('{AWS/Lambda,FunctionName} MetricName="Errors"', 'Sum', ${period.toSeconds()})`, label: 'errors', period })],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Webhook deliveries and success rate (%)',
        left: [business(metricNames.webhookDeliveriesSucceeded).with({ label: 'succeeded' }), business(metricNames.webhookDeliveriesFailed).with({ label: 'failed' })],
        right: [
          new MathExpression({
            expression: '100 * succeeded / (succeeded + failed)',
            usingMetrics: { succeeded: business(metricNames.webhookDeliveriesSucceeded), failed: business(metricNames.webhookDeliveriesFailed) },
            label: 'success %',
            period,
          }),
        ],
        rightYAxis: { min: 0, max: 100 },
        width: 8,
      }),
      new GraphWidget({
        title: 'Nodes by health',
        left: [
          business(metricNames.nodesHealthy, 'Maximum').with({ label: 'HEALTHY' }),
          business(metricNames.nodesUnhealthy, 'Maximum').with({ label: 'UNHEALTHY' }),
          business(metricNames.nodesOffline, 'Maximum').with({ label: 'OFFLINE' }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: 'Messages waiting in DLQs (platform watch)',
        left: [business(metricNames.deadLetterMessages, 'Maximum').with({ label: 'all DLQs' })],
        width: 8,
      }),
    );
  }
}
