import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { domainEvent } from '../../../shared/events/domain-event';
import type { EventDetail, EventType } from '../../../shared/events/event-catalogue';
import { commitWithEvents } from '../../../shared/events/outbox';
import { WEBHOOK_DELIVERY_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker } from '../../support/provisioning';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

// The whole path on the local runtime: outbox → stream → bus → rule → fan-out queue → delivery queue → a real
// receiver on loopback. The retry schedule is compressed to seconds (its length, the queue's maxReceiveCount,
// is the deployed one) and an attempt's deadline to 700 ms; the handlers read both on first use.
process.env.WEBHOOK_RETRY_SCHEDULE = '0,1,1,1,1,1,1,1';
process.env.WEBHOOK_ATTEMPT_TIMEOUT_MS = '700';

const platform = useLocalPlatform();
const api = apiClient(platform);
let receiver: WebhookReceiver;
let admin: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  admin = await api.adminToken();
});
afterAll(async () => {
  await receiver?.close();
});

/** A customer with one endpoint on the receiver, subscribed to the given types. */
const customerWithEndpoint = async (path: string, eventTypes: EventType[] = ['subscription.renewed']) => {
  const customer = await api.register();
  const created = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: receiver.url(path), eventTypes } });
  expect(created.status).toBe(201);
  return { token: customer.accessToken, userId: customer.user.id, webhookId: created.json.webhook.id as string, secret: created.json.secret as string };
};

/** Publishes an event the way every state change does: through the outbox. */
const publish = async <T extends EventType>(type: T, detail: EventDetail<T>) => {
  const event = domainEvent(type, detail);
  await commitWithEvents(dynamoDocumentClient(), platform().tableName, [], [event]);
  return event;
};
const renewal = (userId: string) => publish('subscription.renewed', { userId, subscriptionId: 'sub-1', currentPeriodEnd: '2030-01-01T00:00:00.000Z' });

const deliveriesOf = async (token: string, webhookId: string, admin = false) => {
  const listed = await api.call('GET', `${admin ? '/v1/admin/webhooks' : '/v1/webhooks'}/${webhookId}/deliveries`, { token });
  expect(listed.status).toBe(200);
  return listed.json.items as { deliveryId: string; eventId: string; attempt: number; statusCode?: number; error?: string; nextRetryAt?: string; responseExcerpt?: string; durationMs: number }[];
};
const arrived = (path: string, count: number, timeout = 15_000) => vi.waitFor(() => expect(receiver.to(path)).toHaveLength(count), { timeout, interval: 100 });
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const queueDepths = async () => {
  const listed = await api.call('GET', '/v1/admin/queues', { token: admin });
  return listed.json.items.find((item: { name: string }) => item.name === WEBHOOK_DELIVERY_QUEUE) as {
    queue: { visible: number; inFlight: number; delayed: number };
    deadLetterQueue: { visible: number; inFlight: number; delayed: number };
  };
};

describe('a customer event reaches the customer’s endpoint', () => {
  it('a subscription created over HTTP is POSTed, signed with Standard Webhooks, and logged', async () => {
    await registerWorker(api);
    const { token, userId, webhookId, secret } = await customerWithEndpoint('/created', ['subscription.created']);
    const subscribed = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(subscribed.status).toBe(202);

    await arrived('/created', 1);
    const [delivery] = receiver.to('/created');
    // The receiver's side: the standardwebhooks library verifies the signature and the timestamp.
    const payload = new Webhook(secret).verify(delivery!.body, delivery!.headers as Record<string, string>);
    expect(payload).toEqual({
      type: 'subscription.created',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { userId, subscriptionId: subscribed.json.subscription.id, serviceSlug: 'n8n', planId: 'starter' },
    });
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(header(delivery!.headers['webhook-sequence'])).toBe('1');
    expect(delivery!.headers['webhook-previous-id']).toBeUndefined();
    expect(Math.abs(Number(delivery!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);

    // Only the subscribed type: the instance's and activation events that follow are not sent here.
    await vi.waitFor(async () => expect(await deliveriesOf(token, webhookId)).toHaveLength(1), { timeout: 5000 });
    const [attempt] = await deliveriesOf(token, webhookId);
    expect(attempt).toMatchObject({ deliveryId: delivery!.headers['webhook-id'], eventId: delivery!.headers['webhook-id'], attempt: 1, statusCode: 200, responseExcerpt: 'answer 200' });
    expect(attempt!.nextRetryAt).toBeUndefined();
  });
});

describe('retries', () => {
  it('a receiver that fails twice, then recovers, gets the event exactly once more, with the same webhook-id', async () => {
    receiver.answerWith((path, count) => (path === '/flaky' && count <= 2 ? { status: 500, body: 'down for maintenance' } : { status: 200 }));
    const { token, userId, webhookId, secret } = await customerWithEndpoint('/flaky');
    const event = await renewal(userId);

    await arrived('/flaky', 3);
    // A second more than one retry's wait: nothing else comes.
    await sleep(2500);
    const requests = receiver.to('/flaky');
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => request.answered)).toEqual([500, 500, 200]);
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([event.id]));
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    for (const request of requests) expect(() => new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).not.toThrow();

    const attempts = await deliveriesOf(token, webhookId);
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [3, 200],
      [2, 500],
      [1, 500],
    ]);
    expect(attempts[1]!.responseExcerpt).toBe('down for maintenance');
    expect(attempts[2]!.nextRetryAt).toBeDefined();
    expect(attempts[0]!.nextRetryAt).toBeUndefined();
  });

  it('a receiver that never recovers leaves the message in the DLQ; a redrive then delivers it once', async () => {
    receiver.answerWith((path) => (path === '/down' ? { status: 503 } : { status: 200 }));
    const { token, userId, webhookId } = await customerWithEndpoint('/down');
    const event = await renewal(userId);

    await arrived('/down', 8, 40_000);
    await vi.waitFor(async () => expect((await queueDepths()).deadLetterQueue.visible).toBe(1), { timeout: 15_000, interval: 250 });
    expect(receiver.to('/down')).toHaveLength(8);
    const attempts = await deliveriesOf(token, webhookId);
    expect(attempts.map((a) => a.attempt)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(attempts[0]!.nextRetryAt).toBeUndefined();
    expect(attempts.slice(1).every((a) => a.nextRetryAt)).toBe(true);

    receiver.answerWith(() => ({ status: 200 }));
    const redriven = await api.call('POST', `/v1/admin/queues/${WEBHOOK_DELIVERY_QUEUE}/redrive`, { token: admin });
    expect(redriven.status).toBe(202);
    expect(redriven.json.moved).toBe(1);
    await arrived('/down', 9);
    await sleep(1500);
    expect(receiver.to('/down')).toHaveLength(9);
    expect(receiver.to('/down')[8]!.headers['webhook-id']).toBe(event.id);
    // The log counts on across runs.
    expect((await deliveriesOf(token, webhookId))[0]).toMatchObject({ attempt: 9, statusCode: 200 });
    expect((await queueDepths()).deadLetterQueue.visible).toBe(0);
  }, 60_000);

  it('a redirect is not followed: the attempt fails as a redirect and is retried', async () => {
    receiver.answerWith((path, count) => (path === '/moved' && count === 1 ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 }));
    const { token, userId, webhookId } = await customerWithEndpoint('/moved');
    await renewal(userId);
    await arrived('/moved', 2);
    expect(receiver.to('/elsewhere')).toHaveLength(0);
    await vi.waitFor(async () => expect(await deliveriesOf(token, webhookId)).toHaveLength(2), { timeout: 5000, interval: 100 });
    const attempts = await deliveriesOf(token, webhookId);
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [2, 200, undefined],
      [1, 302, 'redirect'],
    ]);
  });

  it('a receiver slower than the deadline times out; the attempt is logged and retried', async () => {
    receiver.answerWith((path, count) => (path === '/slow' && count === 1 ? { status: 200, delayMs: 2000 } : { status: 200 }));
    const { token, userId, webhookId } = await customerWithEndpoint('/slow');
    await renewal(userId);
    await arrived('/slow', 2);
    // The attempt is logged after the receiver has answered: wait for the second one's record.
    await vi.waitFor(async () => expect(await deliveriesOf(token, webhookId)).toHaveLength(2), { timeout: 5000, interval: 100 });
    const attempts = await deliveriesOf(token, webhookId);
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [2, 200, undefined],
      [1, undefined, 'timeout'],
    ]);
    expect(attempts[1]!.durationMs).toBeGreaterThanOrEqual(650);
  });

  it('a connection refused is retried and logged', async () => {
    const customer = await api.register();
    // Nothing listens on port 9 of this machine.
    const created = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['subscription.renewed'] } });
    await renewal(customer.user.id);
    await vi.waitFor(async () => expect((await deliveriesOf(customer.accessToken, created.json.webhook.id)).length).toBeGreaterThanOrEqual(2), { timeout: 15_000 });
    const attempts = await deliveriesOf(customer.accessToken, created.json.webhook.id);
    expect(attempts.every((a) => a.error === 'refused' && a.statusCode === undefined)).toBe(true);
    // Deleted meanwhile, the endpoint gets nothing more: the next attempt is dropped (logged, not sent).
    expect((await api.call('DELETE', `/v1/webhooks/${created.json.webhook.id}`, { token: customer.accessToken })).status).toBe(204);
    await vi.waitFor(async () => expect((await queueDepths()).queue).toEqual({ visible: 0, inFlight: 0, delayed: 0 }), { timeout: 10_000, interval: 250 });
  });

  it('410 Gone disables the endpoint at once: one attempt, webhook.disabled published, nothing more sent', async () => {
    receiver.answerWith((path) => (path === '/gone' ? { status: 410 } : { status: 200 }));
    const { token, userId, webhookId } = await customerWithEndpoint('/gone');
    await renewal(userId);
    await arrived('/gone', 1);
    await vi.waitFor(async () => expect((await api.call('GET', `/v1/webhooks/${webhookId}`, { token })).json).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('410') }), {
      timeout: 5000,
    });
    await platform().drainStreams();
    expect(platform().bus.recent().filter((e) => e.type === 'webhook.disabled' && (e.detail as { webhookId: string }).webhookId === webhookId)).toHaveLength(1);

    await renewal(userId);
    await sleep(2500);
    expect(receiver.to('/gone')).toHaveLength(1);
    expect((await deliveriesOf(token, webhookId)).map((a) => a.statusCode)).toEqual([410]);
  });
});

describe('signatures and order', () => {
  it('after a rotation each delivery carries both signatures: the old secret and the new one both verify', async () => {
    const { token, userId, webhookId, secret: oldSecret } = await customerWithEndpoint('/rotated');
    const rotated = await api.call('POST', `/v1/webhooks/${webhookId}/rotate-secret`, { token });
    expect(rotated.status).toBe(200);
    const newSecret = rotated.json.secret as string;
    await renewal(userId);
    await arrived('/rotated', 1);
    const [delivery] = receiver.to('/rotated');
    const headers = delivery!.headers as Record<string, string>;
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(delivery!.body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(delivery!.body, headers)).not.toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(delivery!.body, headers)).toThrow();
  });

  it('numbers each endpoint’s events 1, 2, 3… and chains each to the previous event’s id', async () => {
    const { userId } = await customerWithEndpoint('/ordered');
    const other = await api.call('POST', '/v1/webhooks', { token: (await api.register()).accessToken, body: { url: receiver.url('/unrelated') } });
    expect(other.status).toBe(201);
    const events = [];
    for (let i = 0; i < 4; i++) events.push(await renewal(userId));
    await arrived('/ordered', 4);
    const bySequence = receiver
      .to('/ordered')
      .map((request) => ({ id: header(request.headers['webhook-id'])!, sequence: Number(request.headers['webhook-sequence']), previous: header(request.headers['webhook-previous-id']) }))
      .sort((a, b) => a.sequence - b.sequence);
    expect(bySequence.map((d) => d.sequence)).toEqual([1, 2, 3, 4]);
    expect(bySequence[0]!.previous).toBeUndefined();
    for (let i = 1; i < 4; i++) expect(bySequence[i]!.previous).toBe(bySequence[i - 1]!.id);
    expect(new Set(bySequence.map((d) => d.id))).toEqual(new Set(events.map((e) => e.id)));
    // Another customer's endpoint has its own numbering and never sees these events.
    expect(receiver.to('/unrelated').map((r) => r.headers['webhook-id'])).not.toContain(events[0]!.id);
  });
});

describe('the test and retry routes', () => {
  it('POST …/test queues a signed webhook.test to that endpoint alone', async () => {
    const { token, userId, webhookId, secret } = await customerWithEndpoint('/tested', ['subscription.renewed']);
    const sibling = await api.call('POST', '/v1/webhooks', { token, body: { url: receiver.url('/sibling') } });
    const tested = await api.call('POST', `/v1/webhooks/${webhookId}/test`, { token });
    expect(tested.status).toBe(202);
    await arrived('/tested', 1);
    const [delivery] = receiver.to('/tested');
    expect(delivery!.headers['webhook-id']).toBe(tested.json.eventId);
    expect(new Webhook(secret).verify(delivery!.body, delivery!.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test', data: { userId, webhookId } });
    await sleep(1000);
    expect(receiver.to('/sibling').filter((r) => r.headers['webhook-id'] === tested.json.eventId)).toHaveLength(0);
    expect(sibling.status).toBe(201);

    const stranger = await api.register();
    expect((await api.call('POST', `/v1/webhooks/${webhookId}/test`, { token: stranger.accessToken })).status).toBe(404);
  });

  it('POST …/test is rate limited per customer', async () => {
    const { token, webhookId } = await customerWithEndpoint('/tested-often');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await api.call('POST', `/v1/webhooks/${webhookId}/test`, { token })).status);
    expect(statuses).toEqual(Array(10).fill(202));
    const refused = await api.call('POST', `/v1/webhooks/${webhookId}/test`, { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('POST …/deliveries/{id}/retry sends the same delivery again now: same webhook-id, body and sequence', async () => {
    const { token, userId, webhookId } = await customerWithEndpoint('/retried');
    const event = await renewal(userId);
    await arrived('/retried', 1);
    const retried = await api.call('POST', `/v1/webhooks/${webhookId}/deliveries/${event.id}/retry`, { token });
    expect(retried.status).toBe(202);
    expect(retried.json).toEqual({ deliveryId: event.id, eventId: event.id });
    await arrived('/retried', 2);
    const [first, second] = receiver.to('/retried');
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    expect(second!.headers['webhook-sequence']).toBe(first!.headers['webhook-sequence']);
    await vi.waitFor(async () => expect((await deliveriesOf(token, webhookId)).map((a) => a.attempt)).toEqual([2, 1]), { timeout: 5000 });

    expect((await api.call('POST', `/v1/webhooks/${webhookId}/deliveries/01J00000000000000000000000/retry`, { token })).status).toBe(404);
    const stranger = await api.register();
    expect((await api.call('POST', `/v1/webhooks/${webhookId}/deliveries/${event.id}/retry`, { token: stranger.accessToken })).status).toBe(404);
  });
});

describe('administrators’ endpoints', () => {
  it('receive platform events (a customer registering), and their deliveries can be retried', async () => {
    const created = await api.call('POST', '/v1/admin/webhooks', { token: admin, body: { url: receiver.url('/platform'), eventTypes: ['user.registered'] } });
    expect(created.status).toBe(201);
    const customer = await api.register();
    await vi.waitFor(() => expect(receiver.to('/platform').some((r) => JSON.parse(r.body).data.userId === customer.user.id)).toBe(true), { timeout: 15_000 });
    const delivery = receiver.to('/platform').find((r) => JSON.parse(r.body).data.userId === customer.user.id)!;
    expect(new Webhook(created.json.secret).verify(delivery.body, delivery.headers as Record<string, string>)).toMatchObject({ type: 'user.registered' });

    const count = receiver.to('/platform').length;
    const retried = await api.call('POST', `/v1/admin/webhooks/${created.json.webhook.id}/deliveries/${delivery.headers['webhook-id']}/retry`, { token: admin });
    expect(retried.status).toBe(202);
    await arrived('/platform', count + 1);
    expect((await deliveriesOf(admin, created.json.webhook.id, true)).length).toBeGreaterThanOrEqual(2);
  });

  it('carries any text the API took, emoji included, through the bus and both queues to the receiver intact', async () => {
    // fauxqs, the local SQS, refused characters beyond the BMP that SQS takes: the emoji's event was held back.
    const created = await api.call('POST', '/v1/admin/webhooks', { token: admin, body: { url: receiver.url('/catalog'), eventTypes: ['service.created'] } });
    expect(created.status).toBe(201);
    const name = 'Grüße 😀 \u{10FFFD} 𝄞';
    const service = await api.call('POST', '/v1/admin/services', {
      token: admin,
      body: { slug: 'emoji-app', name, description: '🚀', version: '1.0.0', template: 'n8n', plans: [{ id: 'p', name: 'P ✨', price: { amount: 100, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 100, memoryMiB: 128, storageGiB: 1 } }] },
    });
    expect(service.status).toBe(201);
    await arrived('/catalog', 1);
    const delivery = receiver.to('/catalog')[0]!;
    expect(new Webhook(created.json.secret).verify(delivery.body, delivery.headers as Record<string, string>)).toMatchObject({ type: 'service.created', data: { slug: 'emoji-app', name } });
  });
});

describe('a poisoned message', () => {
  it('goes to the DLQ after its receives run out, and is not received again', async () => {
    const before = (await queueDepths()).deadLetterQueue.visible;
    const { url } = platform().queues.get(WEBHOOK_DELIVERY_QUEUE);
    await platform().queues.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'this is not a delivery {' }));
    await vi.waitFor(async () => expect((await queueDepths()).deadLetterQueue.visible).toBe(before + 1), { timeout: 20_000, interval: 250 });
    await sleep(1000);
    const depths = await queueDepths();
    expect(depths.queue).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(depths.deadLetterQueue.visible).toBe(before + 1);
  });
});
