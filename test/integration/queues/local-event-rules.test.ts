import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventRuleDefinition } from '../../../functions/event-rules';
import type { QueueDefinition } from '../../../functions/queues';
import { createLocalEventBus } from '../../../infra/local/local-event-bus';
import { connectEventRules } from '../../../infra/local/local-event-rules';
import { type LocalQueueRuntime, startLocalQueueRuntime } from '../../../infra/local/local-queue-runtime';
import { startLocalQueues } from '../../../infra/local/local-queues';
import { eventFromBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent } from '../../../shared/events/domain-event';
import { EVENT_SOURCE } from '../../../shared/events/event-catalogue';

const row = (name: string): QueueDefinition => ({ name, handler: `fixtures/${name}`, visibilityTimeoutSeconds: 30, maxReceiveCount: 3, batchSize: 10 });
const rules: EventRuleDefinition[] = [
  { name: 'customer-events', description: 'every customer event', events: { audience: 'customer' }, queue: 'customer-events' },
  { name: 'worker-alerts', description: 'nodes going away', events: { detailTypes: ['worker.offline', 'worker.unhealthy'] }, queue: 'worker-alerts' },
];

const bus = createLocalEventBus();
const delivered: Record<string, SQSEvent['Records']> = { 'customer-events': [], 'worker-alerts': [] };
let runtime: LocalQueueRuntime;

beforeAll(async () => {
  runtime = await startLocalQueueRuntime({
    bus,
    queues: [row('customer-events'), row('worker-alerts')],
    rules,
    region: 'us-east-1',
    waitTimeSeconds: 1,
    handlers: {
      'fixtures/customer-events': async (event) => void delivered['customer-events']!.push(...event.Records),
      'fixtures/worker-alerts': async (event) => void delivered['worker-alerts']!.push(...event.Records),
    },
  });
});
afterAll(async () => {
  await runtime?.stop();
});

describe('the event rules on the local bus', () => {
  it("send the events a rule selects to its queue, in EventBridge's envelope, and nothing else", async () => {
    const subscribed = domainEvent('subscription.created', { userId: 'U1', subscriptionId: 'S1', serviceSlug: 'n8n', planId: 'starter' });
    const offline = domainEvent('worker.offline', { nodeName: 'node-1', lastHeartbeatAt: '2026-01-01T00:00:00.000Z' });
    const platformOnly = domainEvent('service.created', { slug: 'n8n', name: 'n8n' });
    await bus.publisher.publish([subscribed, offline, platformOnly]);

    await vi.waitFor(() => expect(delivered['customer-events']).toHaveLength(1), { timeout: 5000 });
    await vi.waitFor(() => expect(delivered['worker-alerts']).toHaveLength(1), { timeout: 5000 });
    const envelope = JSON.parse(delivered['customer-events']![0]!.body);
    expect(envelope).toMatchObject({
      version: '0',
      'detail-type': 'subscription.created',
      source: EVENT_SOURCE,
      account: '000000000000',
      region: 'us-east-1',
      resources: [],
      detail: { userId: 'U1', subscriptionId: 'S1', eventId: subscribed.id, occurredAt: subscribed.occurredAt },
    });
    expect(envelope.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(envelope.id).not.toBe(subscribed.id);
    // The consumer gets the very event the outbox stored back, checked against the catalogue.
    expect(eventFromBusEnvelope(delivered['customer-events']![0]!.body)).toEqual(subscribed);
    expect(eventFromBusEnvelope(delivered['worker-alerts']![0]!.body)).toEqual(offline);

    // Nothing more arrives: service.created is for no rule, and no event went twice.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(delivered['customer-events']).toHaveLength(1);
    expect(delivered['worker-alerts']).toHaveLength(1);
  });

  it('refuse a rule whose queue is not in the table', async () => {
    const queues = await startLocalQueues({ queues: [row('only-queue')], region: 'us-east-1' });
    try {
      expect(() =>
        connectEventRules({ bus: createLocalEventBus(), rules: [{ ...rules[0]!, queue: 'missing-queue' }], queues, region: 'us-east-1' }),
      ).toThrow(/targets queue "missing-queue"/);
    } finally {
      await queues.stop();
    }
  });

  it('fail the publish when the queue cannot take the event, so the outbox forwarder retries it', async () => {
    const localBus = createLocalEventBus();
    const queues = await startLocalQueues({ queues: [row('customer-events')], region: 'us-east-1' });
    const unsubscribe = connectEventRules({ bus: localBus, rules: [rules[0]!], queues, region: 'us-east-1' });
    await queues.stop();
    await expect(localBus.publisher.publish([domainEvent('subscription.activated', { userId: 'U1', subscriptionId: 'S1' })])).rejects.toThrow();
    unsubscribe();
  });
});
