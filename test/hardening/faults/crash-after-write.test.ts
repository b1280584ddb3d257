import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queues } from '../../../functions/queues';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { eventFromBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent, type DomainEvent } from '../../../shared/events/domain-event';
import { commitWithEvents } from '../../../shared/events/outbox';
import { WEBHOOK_FAN_OUT_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { apiClient } from '../../support/api-client';
import { crashAfterNextWrite, crashingAfterRun, InjectedCrash } from '../../support/crash-injection';
import { recordHardeningFigures } from '../../support/hardening-report';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

/**
 * Fault: a Lambda dies after its write and before its reply, so the runtime (or the client) tries the same
 * thing again; the retry must change nothing twice. Four places: an HTTP create with an Idempotency-Key,
 * the notifications consumer, the webhook fan-out and the outbox forwarder. The crashed queue batches come
 * back after their visibility timeout, 10 s here instead of the deployed 60 s (the only change to the table).
 */
const eventIdOf = (body: string) => {
  try {
    return eventFromBusEnvelope(body).id;
  } catch {
    return undefined;
  }
};
const crashIds = new Set<string>();
const notifications = crashingAfterRun('notifications/notify', (record) => crashIds.has(`notify:${eventIdOf(record.body)}`));
const fanOut = crashingAfterRun('webhooks/fan-out', (record) => crashIds.has(`fan-out:${eventIdOf(record.body)}`));

const platform = useLocalPlatform({
  queueTable: queues.map((queue) => (queue.name === 'notifications' || queue.name === WEBHOOK_FAN_OUT_QUEUE ? { ...queue, visibilityTimeoutSeconds: 10 } : queue)),
  queueHandlers: { 'notifications/notify': notifications.handler, 'webhooks/fan-out': fanOut.handler },
});
const api = apiClient(platform);
let receiver: WebhookReceiver;
let customer: Awaited<ReturnType<typeof api.register>>;
let webhookId: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  await registerWorker(api);
  customer = await api.register();
  const endpoint = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: receiver.url('/hooks'), eventTypes: ['payment.failed'] } });
  expect(endpoint.status).toBe(201);
  webhookId = endpoint.json.webhook.id;
});
afterAll(async () => {
  await receiver?.close();
});

const figures = { injected: 0, 'crashes retried': 0, 'effects doubled': 0 };

/**
 * A payment.failed for the customer, through the outbox: a notification with an email, and a webhook. The
 * crash is armed (`crashAt`: notify, fan-out or forward) before the event can reach anything.
 */
const paymentFailed = async (crashAt: 'notify' | 'fan-out' | 'forward') => {
  const event = domainEvent('payment.failed', { userId: customer.user.id, subscriptionId: `sub-${randomUUID()}`, reason: 'card declined' });
  crashIds.add(`${crashAt}:${event.id}`);
  await commitWithEvents(dynamoDocumentClient(), platform().tableName, [], [event]);
  return event;
};

/** Everything one event caused, once the runtime is quiet. */
const effectsOf = async (event: DomainEvent) => {
  await platform().drainStreams();
  await platform().queues.drain();
  await platform().drainStreams();
  const listed = await api.call('GET', '/v1/notifications?limit=100', { token: customer.accessToken });
  expect(listed.status).toBe(200);
  const notificationIds = (listed.json.items as { id: string; eventId: string }[]).filter((item) => item.eventId === event.id).map((item) => item.id);
  const mailDir = platform().mailDir;
  const mails = existsSync(mailDir) ? readdirSync(mailDir).map((file) => JSON.parse(readFileSync(join(mailDir, file), 'utf8')) as { eventId: string }) : [];
  const announced = platform()
    .bus.recent()
    .filter((published) => published.type === 'notification.created' && notificationIds.includes((published.detail as { notificationId: string }).notificationId));
  return {
    notifications: notificationIds.length,
    emails: mails.filter((mail) => mail.eventId === event.id).length,
    'notification.created': announced.length,
    'webhook deliveries': receiver.to('/hooks').filter((request) => request.headers['webhook-id'] === event.id).length,
  };
};
const once = { notifications: 1, emails: 1, 'notification.created': 1, 'webhook deliveries': 1 };
const count = (effects: Record<string, number>) => {
  figures.injected += 1;
  figures['crashes retried'] += 1;
  figures['effects doubled'] += Object.values(effects).filter((value) => value > 1).length;
};

describe('fault: a Lambda crash after its write and before its reply', () => {
  it('HTTP create with an Idempotency-Key: the client’s retry answers the same subscription; one subscription, one event, one workflow', async () => {
    const key = randomUUID();
    const crash = crashAfterNextWrite(dynamoDocumentClient(), (input) => JSON.stringify(input).includes(`IDEMPOTENCY#${customer.user.id}#${key}`));
    const body = { serviceSlug: 'n8n', planId: 'starter' };
    let first: Awaited<ReturnType<typeof api.call>>;
    try {
      first = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body, headers: { 'idempotency-key': key } });
    } finally {
      crash.remove();
    }
    expect(crash.fired()).toBe(true);
    // What API Gateway answers for a function that died: a 5xx, never the error itself.
    expect(first.status).toBeGreaterThanOrEqual(500);
    expect(first.text).not.toContain(InjectedCrash.name);

    const retried = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body, headers: { 'idempotency-key': key } });
    expect(retried.status).toBe(202);
    const subscriptionId = retried.json.subscription.id as string;
    const listed = await api.call('GET', '/v1/subscriptions', { token: customer.accessToken });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toEqual([subscriptionId]);
    // The crash came before the workflow was started: the retry started it, once.
    const instance = await settledInstance(api, customer.accessToken, subscriptionId);
    expect(instance.status).toBe('RUNNING');
    const steps = (instance.steps as { step: string }[]).map((step) => step.step);
    expect(steps).toEqual([...new Set(steps)]);
    const events = await subscriptionEventTypes(platform(), subscriptionId);
    const twice = ['subscription.created', 'instance.running', 'subscription.activated'].filter((type) => events.filter((t) => t === type).length !== 1);
    expect(twice).toEqual([]);
    count({ subscriptions: listed.json.items.length });
  }, 90_000);

  it('notifications consumer: the redelivered event makes no second notification, email or notification.created', async () => {
    const event = await paymentFailed('notify');
    await vi.waitFor(() => expect(notifications.runs((body) => body.includes(event.id))).toBe(2), { timeout: 40_000, interval: 250 });
    const effects = await effectsOf(event);
    expect(effects).toEqual(once);
    count(effects);
  }, 60_000);

  it('webhook fan-out: the redelivered event is not delivered to the endpoint a second time', async () => {
    const event = await paymentFailed('fan-out');
    await vi.waitFor(() => expect(fanOut.runs((body) => body.includes(event.id))).toBe(2), { timeout: 40_000, interval: 250 });
    // Longer than a delivery takes here: a second one would have arrived.
    await sleep(2000);
    const effects = await effectsOf(event);
    expect(effects).toEqual(once);
    count(effects);
  }, 60_000);

  it('outbox forwarder: the event put on the bus again reaches the customer once (one notification, email and delivery)', async () => {
    let crashed = 0;
    // A bus target after the event rules: the forwarder's publish has reached the queues when this throws.
    const unsubscribe = platform().bus.subscribe((published) => {
      if (published.type === 'payment.failed' && crashIds.has(`forward:${published.id}`) && crashed === 0) {
        crashed += 1;
        throw new InjectedCrash('the forwarder died after publishing, before answering');
      }
    });
    try {
      const event = await paymentFailed('forward');
      await vi.waitFor(async () => {
        await platform().drainStreams();
        expect(platform().bus.recent().filter((published) => published.id === event.id)).toHaveLength(2);
      }, { timeout: 20_000, interval: 250 });
      expect(crashed).toBe(1);
      await sleep(2000);
      const effects = await effectsOf(event);
      expect(effects).toEqual(once);
      // Both copies went all the way down: two notify runs and two fan-outs, the second of each a no-op.
      expect([notifications.runs((body) => body.includes(event.id)), fanOut.runs((body) => body.includes(event.id))]).toEqual([2, 2]);
      count(effects);
    } finally {
      unsubscribe();
    }

    recordHardeningFigures('faults-crash-after-write', {
      suite: 'Faults',
      figures,
      notes: [
        'Crashes injected after the write and before the reply: an HTTP create (Idempotency-Key), the notifications consumer, the webhook fan-out and the outbox forwarder; each retry changed nothing twice.',
      ],
    });
  }, 60_000);
});
