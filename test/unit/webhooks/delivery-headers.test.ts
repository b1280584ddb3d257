import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { deliveryHeaders, WEBHOOK_PREVIOUS_ID_HEADER, WEBHOOK_SEQUENCE_HEADER } from '../../../shared/webhooks/delivery-headers';
import { parseDeliveryMessage, webhookPayloadOf } from '../../../shared/webhooks/delivery-message';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';

const event = { id: '01JTESTEVENT0000000000000A', type: 'instance.running', occurredAt: '2025-01-02T03:04:05.678Z', detail: { userId: 'u1', instanceId: 'i1', subscriptionId: 's1', url: 'https://x.apps.example' } };

describe('the headers of a delivery', () => {
  const current = newWebhookSecret();
  const previous = newWebhookSecret();
  const payload = webhookPayloadOf(event);
  const attemptedAt = new Date();
  const headers = deliveryHeaders({ eventId: event.id, attemptedAt, payload, secrets: [current, previous], sequence: 7, previousEventId: '01JTESTEVENT0000000000000B' });

  it('are Standard Webhooks’: webhook-id is the event id, webhook-timestamp the attempt’s second, one v1 signature per secret', () => {
    expect(headers['webhook-id']).toBe(event.id);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(attemptedAt.getTime() / 1000)));
    const signatures = headers['webhook-signature']!.split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures.every((signature) => /^v1,[A-Za-z0-9+/]+=*$/.test(signature))).toBe(true);
    expect(headers['content-type']).toBe('application/json');
  });

  it('verify with the standardwebhooks library under either secret, and not under another', () => {
    expect(new Webhook(current).verify(payload, headers)).toEqual({ type: 'instance.running', timestamp: event.occurredAt, data: event.detail });
    expect(new Webhook(previous).verify(payload, headers)).toBeTruthy();
    expect(() => new Webhook(newWebhookSecret()).verify(payload, headers)).toThrow();
    expect(() => new Webhook(current).verify(payload.replace('i1', 'i2'), headers)).toThrow();
  });

  it('carry the endpoint’s sequence number and the previous event’s id; the first has no previous id', () => {
    expect(headers[WEBHOOK_SEQUENCE_HEADER]).toBe('7');
    expect(headers[WEBHOOK_PREVIOUS_ID_HEADER]).toBe('01JTESTEVENT0000000000000B');
    const first = deliveryHeaders({ eventId: event.id, attemptedAt, payload, secrets: [current], sequence: 1 });
    expect(first[WEBHOOK_SEQUENCE_HEADER]).toBe('1');
    expect(WEBHOOK_PREVIOUS_ID_HEADER in first).toBe(false);
  });
});

describe('a delivery message', () => {
  it('reads back what the fan-out sends; anything else is a poisoned message, described', () => {
    const body = JSON.stringify({ endpointId: 'e1', owner: { kind: 'customer', userId: 'u1' }, event, sequence: 3, previousEventId: 'p' });
    expect(parseDeliveryMessage(body)).toMatchObject({ message: { endpointId: 'e1', sequence: 3, event: { type: 'instance.running' } } });
    expect(parseDeliveryMessage('not json {')).toEqual({ problem: 'the body is not JSON' });
    expect(parseDeliveryMessage(JSON.stringify({ endpointId: 'e1' }))).toMatchObject({ problem: expect.stringContaining('owner') });
    expect(parseDeliveryMessage(JSON.stringify({ endpointId: 'e1', owner: { kind: 'platform' }, event: { ...event, type: 'no.such' }, sequence: 1 }))).toMatchObject({
      problem: expect.stringContaining('event.type'),
    });
  });
});
