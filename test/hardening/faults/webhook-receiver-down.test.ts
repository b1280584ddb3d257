import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePortOutsideEphemeralRange } from '../../../infra/local/free-port';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { domainEvent } from '../../../shared/events/domain-event';
import { commitWithEvents } from '../../../shared/events/outbox';
import { DELIVERY_ATTEMPTS } from '../../../shared/webhooks/retry-schedule';
import { WEBHOOK_DELIVERY_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { apiClient } from '../../support/api-client';
import { recordHardeningFigures } from '../../support/hardening-report';
import { useLocalPlatform } from '../../support/local-platform';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

/**
 * Fault: a webhook receiver down (nothing listening: connection refused) for the whole retry window. Every
 * event takes all its attempts and ends in the delivery DLQ; once the receiver is up again, one redrive
 * (POST /v1/admin/queues/{name}/redrive) delivers each event exactly once, counted by webhook-id. The retry
 * schedule is compressed to seconds (its length, the queue's maxReceiveCount, is the deployed one); the
 * handlers read it on first use. test/e2e/webhooks/webhook-delivery.test.ts covers one event answered 503.
 */
process.env.WEBHOOK_RETRY_SCHEDULE = '0,1,1,1,1,1,1,1';
process.env.WEBHOOK_ATTEMPT_TIMEOUT_MS = '700';

const EVENTS = 5;
const platform = useLocalPlatform();
const api = apiClient(platform);
let receiver: WebhookReceiver | undefined;
afterAll(async () => {
  await receiver?.close();
});

let admin: string;
beforeAll(async () => {
  admin = await api.adminToken();
});

const depths = async () => {
  const listed = await api.call('GET', '/v1/admin/queues', { token: admin });
  expect(listed.status).toBe(200);
  return listed.json.items.find((item: { name: string }) => item.name === WEBHOOK_DELIVERY_QUEUE) as {
    queue: { visible: number; inFlight: number; delayed: number };
    deadLetterQueue: { visible: number; inFlight: number; delayed: number };
  };
};

describe('fault: a webhook receiver down for the whole retry window', () => {
  it('every event ends in the DLQ after its last attempt; a redrive delivers each exactly once to the receiver back up', async () => {
    // Outside the ephemeral range: nothing may take it while the receiver is down, and it is listened on again after.
    const port = await freePortOutsideEphemeralRange();
    const customer = await api.register();
    const endpoint = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: `http://127.0.0.1:${port}/hooks`, eventTypes: ['subscription.renewed'] } });
    expect(endpoint.status).toBe(201);
    const webhookId = endpoint.json.webhook.id as string;

    const events = Array.from({ length: EVENTS }, (_, index) =>
      domainEvent('subscription.renewed', { userId: customer.user.id, subscriptionId: `sub-${index}`, currentPeriodEnd: '2030-01-01T00:00:00.000Z' }),
    );
    for (const event of events) await commitWithEvents(dynamoDocumentClient(), platform().tableName, [], [event]);

    // Every attempt of every event refused, then each message in the DLQ and none left to try.
    await vi.waitFor(async () => expect((await depths()).deadLetterQueue.visible).toBe(EVENTS), { timeout: 60_000, interval: 500 });
    expect((await depths()).queue).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    const attempts = (await api.call('GET', `/v1/webhooks/${webhookId}/deliveries?limit=100`, { token: customer.accessToken })).json.items as { eventId: string; attempt: number; error?: string }[];
    for (const event of events) {
      const ofEvent = attempts.filter((attempt) => attempt.eventId === event.id);
      expect(ofEvent.map((attempt) => attempt.attempt).sort((a, b) => a - b)).toEqual(Array.from({ length: DELIVERY_ATTEMPTS }, (_, i) => i + 1));
      expect(ofEvent.every((attempt) => attempt.error === 'refused')).toBe(true);
    }

    // The receiver comes back where the endpoint points; one redrive.
    receiver = await startWebhookReceiver(() => ({ status: 200 }), { port });
    const redriven = await api.call('POST', `/v1/admin/queues/${WEBHOOK_DELIVERY_QUEUE}/redrive`, { token: admin });
    expect(redriven.status).toBe(202);
    expect(redriven.json.moved).toBe(EVENTS);
    await vi.waitFor(() => expect(receiver!.to('/hooks')).toHaveLength(EVENTS), { timeout: 20_000, interval: 100 });
    // Longer than a retry's wait: nothing more comes.
    await sleep(2500);
    const byWebhookId = new Map<string, number>();
    for (const request of receiver.to('/hooks')) byWebhookId.set(String(request.headers['webhook-id']), (byWebhookId.get(String(request.headers['webhook-id'])) ?? 0) + 1);
    expect(Object.fromEntries(byWebhookId)).toEqual(Object.fromEntries(events.map((event) => [event.id, 1])));
    await vi.waitFor(async () => expect(await depths()).toMatchObject({ queue: { visible: 0, inFlight: 0, delayed: 0 }, deadLetterQueue: { visible: 0 } }), { timeout: 10_000, interval: 250 });

    recordHardeningFigures('faults-webhook-receiver-down', {
      suite: 'Faults',
      figures: { injected: 1, events: EVENTS, 'attempts refused': attempts.length, 'in the DLQ after the retry window': EVENTS, 'delivered once after the redrive': [...byWebhookId.values()].filter((count) => count === 1).length },
      notes: [`A receiver refusing connections for all ${DELIVERY_ATTEMPTS} attempts (schedule compressed to seconds): every event in the delivery DLQ, then one redrive delivered each exactly once (by webhook-id).`],
    });
  }, 120_000);
});
