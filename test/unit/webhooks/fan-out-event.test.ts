import { describe, expect, it } from 'vitest';
import { domainEvent } from '../../../shared/events/domain-event';
import { fanOutEvent, ownerOfEvent } from '../../../shared/webhooks/fan-out-event';
import type { WebhookEndpoint, WebhookOwner } from '../../../shared/webhooks/webhook-endpoint';

const endpoint = (id: string, eventTypes: string[] = [], enabled = true): WebhookEndpoint => ({
  id,
  url: `https://hooks.example.com/${id}`,
  eventTypes,
  enabled,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const fanOut = async (owned: WebhookEndpoint[], event: Parameters<typeof fanOutEvent>[1]) => {
  const asked: WebhookOwner[] = [];
  const sent: Record<string, unknown>[] = [];
  const counters = new Map<string, number>();
  const result = await fanOutEvent(
    {
      endpoints: { listEnabledEndpointsFor: async (owner) => (asked.push(owner), owned) },
      deliveries: {
        assignAll: async (entries) =>
          entries.map(({ endpointId }) => {
            const sequence = (counters.get(endpointId) ?? 0) + 1;
            counters.set(endpointId, sequence);
            return { sequence, ...(sequence > 1 ? { previousEventId: 'earlier' } : {}) };
          }),
      },
      deliveryQueue: { send: async (body) => void sent.push(JSON.parse(body)) },
      now: () => new Date(),
    },
    event,
  );
  return { result, asked, sent };
};

describe('the fan-out', () => {
  it('sends a customer event to that customer’s endpoints subscribed to its type, each with its sequence number', async () => {
    const event = domainEvent('instance.running', { userId: 'U1', instanceId: 'I', subscriptionId: 'S', url: 'https://i.apps.example' });
    const { result, asked, sent } = await fanOut([endpoint('ALL'), endpoint('RUNNING', ['instance.running']), endpoint('FAILED', ['instance.failed'])], event);
    expect(asked).toEqual([{ kind: 'customer', userId: 'U1' }]);
    expect(result).toEqual({ deliveries: 2 });
    expect(sent.map((m) => m.endpointId).sort()).toEqual(['ALL', 'RUNNING']);
    expect(sent[0]).toMatchObject({ owner: { kind: 'customer', userId: 'U1' }, event: { id: event.id, type: 'instance.running', detail: event.detail }, sequence: 1 });
    expect(sent[0]!.previousEventId).toBeUndefined();
  });

  it('sends platform events to the administrators’ endpoints, even those carrying a userId', async () => {
    expect(ownerOfEvent(domainEvent('user.registered', { userId: 'U1' }))).toEqual({ kind: 'platform' });
    expect(ownerOfEvent(domainEvent('worker.offline', { nodeName: 'n', lastHeartbeatAt: 'x' }))).toEqual({ kind: 'platform' });
    const { asked } = await fanOut([endpoint('A')], domainEvent('user.registered', { userId: 'U1' }));
    expect(asked).toEqual([{ kind: 'platform' }]);
  });

  it('sends webhook.test to the endpoint it names alone, whatever that endpoint subscribes to', async () => {
    const { sent } = await fanOut([endpoint('A'), endpoint('B', ['instance.failed']), endpoint('C')], domainEvent('webhook.test', { userId: 'U1', webhookId: 'B' }));
    expect(sent.map((m) => m.endpointId)).toEqual(['B']);
  });

  it('sends nothing when no endpoint wants the event', async () => {
    const { result, sent } = await fanOut([endpoint('X', ['instance.failed'])], domainEvent('subscription.created', { userId: 'U1', subscriptionId: 'S', serviceSlug: 'n8n', planId: 'p' }));
    expect(result).toEqual({ deliveries: 0 });
    expect(sent).toEqual([]);
  });
});
