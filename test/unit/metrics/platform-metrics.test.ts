import { describe, expect, it } from 'vitest';
import { domainEvent } from '../../../shared/events/domain-event';
import { eventTypes } from '../../../shared/events/event-catalogue';
import { countWebhookAttempt, eventMetricName, metricNames, metrics, recordDeadLetters, recordEventMetrics, recordNodeHealth } from '../../../shared/metrics/platform-metrics';

describe('platform metrics', () => {
  it('names every event of the catalogue distinctly, in CloudWatch-friendly PascalCase', () => {
    const names = eventTypes.map(eventMetricName);
    expect(new Set(names).size).toBe(eventTypes.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(eventMetricName('subscription.created')).toBe('SubscriptionCreated');
  });

  it('counts a forwarded event and records how long a running instance took to provision, as EMF', () => {
    metrics.clearMetrics();
    const now = new Date('2026-11-26T03:00:00Z');
    recordEventMetrics(domainEvent('subscription.created', { userId: '01JD7Y7Q00000000000000USR1', subscriptionId: 's', serviceSlug: 'n8n', planId: 'starter' }, now));
    recordEventMetrics(
      domainEvent('instance.running', { userId: '01JD7Y7Q00000000000000USR1', instanceId: 'i', subscriptionId: 's', url: 'https://i.apps.example.com', provisioningSeconds: 42.5 }, now),
    );
    const emf = metrics.serializeMetrics();
    const definitions = emf._aws.CloudWatchMetrics[0]!;
    expect(definitions.Namespace).toBe('PaasPlatform');
    expect(definitions.Metrics.map((m) => m.Name).sort()).toEqual(['InstanceRunning', 'ProvisioningSeconds', 'SubscriptionCreated']);
    expect(emf.ProvisioningSeconds).toBe(42.5);
    expect(emf.SubscriptionCreated).toBe(1);
    metrics.clearMetrics();
  });

  it('counts webhook attempts by outcome, and records the nodes by health and the DLQ depth as gauges, as EMF', () => {
    metrics.clearMetrics();
    countWebhookAttempt(true);
    countWebhookAttempt(true);
    countWebhookAttempt(false);
    recordNodeHealth({ HEALTHY: 3, UNHEALTHY: 1, OFFLINE: 0 });
    recordDeadLetters(7);
    const emf = metrics.serializeMetrics();
    expect(emf._aws.CloudWatchMetrics[0]!.Metrics.map((m) => m.Name).sort()).toEqual(
      [
        metricNames.deadLetterMessages,
        metricNames.nodesHealthy,
        metricNames.nodesOffline,
        metricNames.nodesUnhealthy,
        metricNames.webhookDeliveriesFailed,
        metricNames.webhookDeliveriesSucceeded,
      ].sort(),
    );
    // Powertools keeps the repeated values of a name in one line (a list); CloudWatch sums them.
    expect([emf.WebhookDeliveriesSucceeded].flat().reduce((a: number, b) => a + Number(b), 0)).toBe(2);
    expect(emf.WebhookDeliveriesFailed).toBe(1);
    expect(emf).toMatchObject({ NodesHealthy: 3, NodesUnhealthy: 1, NodesOffline: 0, DeadLetterMessages: 7 });
    metrics.clearMetrics();
  });
});
