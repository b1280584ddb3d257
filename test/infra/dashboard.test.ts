import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../shared/events/event-catalogue';
import { eventMetricName, metricNames, METRICS_NAMESPACE } from '../../shared/metrics/platform-metrics';
import { resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { nested } = synthPlatformStack();
const [[, dashboard]] = resourcesOf(nested.Monitoring!, 'AWS::CloudWatch::Dashboard') as [[string, { Properties: Record<string, any> }]];
/** The body as CloudFormation will join it, with references left as their JSON. */
const body = (dashboard.Properties.DashboardBody['Fn::Join'][1] as unknown[]).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');

describe('the dashboard', () => {
  it('graphs only business metrics the functions record, under their namespace', () => {
    const graphed = [...body.matchAll(new RegExp(`"${METRICS_NAMESPACE}","([A-Za-z]+)"`, 'g'))].map((match) => match[1]!);
    const recorded = new Set([...eventTypes.map(eventMetricName), ...Object.values(metricNames)]);
    expect(graphed.length).toBeGreaterThan(10);
    expect(graphed.filter((name) => !recorded.has(name))).toEqual([]);
    for (const name of ['SubscriptionCreated', 'InstanceFailed', 'ProvisioningSeconds', 'HeartbeatsReceived', 'WorkerOffline']) expect(graphed).toContain(name);
  });

  it('shows the API, every function’s errors and every queue of given-up messages', () => {
    expect(body).toContain('"AWS/ApiGateway","Count"');
    expect(body).toContain('"AWS/ApiGateway","5xx"');
    expect(body).toContain('SEARCH(');
    const dlqAlarms = resourcesOf(nested.Monitoring!, 'AWS::CloudWatch::Alarm').filter(([, alarm]) => alarm.Properties!.Namespace === 'AWS/SQS');
    expect(body.match(/"AWS\/SQS","ApproximateNumberOfMessagesVisible"/g)?.length).toBe(dlqAlarms.length);
  });

  it('graphs webhook deliveries with their success rate, the nodes by health and the DLQ depth the functions record', () => {
    for (const name of [metricNames.webhookDeliveriesSucceeded, metricNames.webhookDeliveriesFailed, metricNames.nodesHealthy, metricNames.nodesUnhealthy, metricNames.nodesOffline, metricNames.deadLetterMessages]) {
      expect(body).toContain(`"${METRICS_NAMESPACE}","${name}"`);
    }
    expect(body).toContain('"expression":"100 * succeeded / (succeeded + failed)"');
    expect(body).toContain('"title":"Nodes by health"');
  });

  it('alarms when a worker node is OFFLINE, from the health monitor’s gauge', () => {
    const alarms = resourcesOf(nested.Monitoring!, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties!);
    expect(alarms).toContainEqual(expect.objectContaining({ Namespace: METRICS_NAMESPACE, MetricName: metricNames.nodesOffline, Statistic: 'Maximum', Threshold: 1 }));
  });
});
