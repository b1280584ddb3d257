import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent } from '../../../shared/events/domain-event';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

const platform = useLocalPlatform();
const api = apiClient(platform);

interface Notification {
  id: string;
  eventId: string;
  eventType: string;
  status: 'UNREAD' | 'READ';
  title: string;
  text: string;
  readAt?: string;
}
interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
  eventId: string;
  eventType: string;
  notificationId: string;
}

let customer: Awaited<ReturnType<typeof api.register>>;
let subscriptionId: string;
let instanceUrl: string;

const list = async (token: string, query = '') => {
  const response = await api.call('GET', `/v1/notifications${query}`, { token });
  expect(response.status).toBe(200);
  return response.json as { items: Notification[]; nextCursor?: string };
};
const mails = (): Mail[] => {
  const folder = platform().mailDir;
  if (!existsSync(folder)) return [];
  // The account's own mails (the verification link of its registration) are not notifications: left out.
  return readdirSync(folder)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Mail)
    .filter((mail) => !mail.eventType.startsWith('account.'));
};
const queueIsIdle = async () => {
  const { Attributes = {} } = await platform().queues.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: platform().queues.get('notifications').url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return Attributes.ApproximateNumberOfMessages === '0' && Attributes.ApproximateNumberOfMessagesNotVisible === '0';
};

beforeAll(async () => {
  await registerWorker(api);
  customer = await api.register({ name: 'Ada' });
  const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status).toBe(202);
  subscriptionId = created.json.subscription.id;
  const instance = await settledInstance(api, customer.accessToken, subscriptionId);
  expect(instance.status).toBe('RUNNING');
  instanceUrl = instance.url;
}, 120_000);

describe('customer notifications, through the local runtime', () => {
  it('tells the customer their instance is ready: one notification, and one mail file in the data folder', async () => {
    const { items } = await until(
      () => list(customer.accessToken),
      (page) => ['instance.running', 'subscription.activated'].every((type) => page.items.some((n) => n.eventType === type)),
      'the notifications of the running instance',
    );
    const ready = items.filter((n) => n.eventType === 'instance.running');
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ status: 'UNREAD', severity: 'INFO', title: 'Your instance is ready', resource: { kind: 'instance' } });
    expect(ready[0]!.text).toContain(instanceUrl);

    const [mail] = await until(async () => mails(), (found) => found.length > 0, 'the mail file');
    // Let any straggler land before counting: exactly one mail, for the one emailed kind of this flow.
    await until(queueIsIdle, Boolean, 'the notifications queue to drain');
    expect(mails()).toHaveLength(1);
    expect(mail).toMatchObject({ to: customer.email, subject: 'Your instance is ready', eventType: 'instance.running', notificationId: ready[0]!.id, eventId: ready[0]!.eventId });
    expect(mail!.text).toContain('Hello Ada,');
    expect(mail!.text).toContain(instanceUrl);

    // Each notification was announced through the outbox (so webhooks receive it), and none came of that.
    await platform().drainStreams();
    const announced = platform()
      .bus.recent()
      .filter((event) => event.type === 'notification.created' && (event.detail as { userId: string }).userId === customer.user.id);
    expect(announced.map((event) => (event.detail as { notificationId: string }).notificationId).sort()).toEqual(items.map((n) => n.id).sort());
    expect(items.some((n) => n.eventType === 'notification.created')).toBe(false);
  });

  it('marks one read (again: the same), and lists unread first, then read', async () => {
    const before = (await list(customer.accessToken)).items;
    const ready = before.find((n) => n.eventType === 'instance.running')!;
    expect((await api.call('POST', `/v1/notifications/${ready.id}/read`, { token: customer.accessToken })).status).toBe(204);
    const first = (await list(customer.accessToken)).items.find((n) => n.id === ready.id)!;
    expect(first).toMatchObject({ status: 'READ', readAt: expect.any(String) });
    const again = await api.call('POST', `/v1/notifications/${ready.id}/read`, { token: customer.accessToken });
    expect(again.status).toBe(204);
    expect(again.text).toBe('');
    expect((await list(customer.accessToken)).items.find((n) => n.id === ready.id)!.readAt).toBe(first.readAt);

    const after = (await list(customer.accessToken)).items;
    const states = after.map((n) => n.status);
    expect(states.indexOf('READ')).toBeGreaterThan(states.lastIndexOf('UNREAD'));
    expect(after.at(-1)!.id).toBe(ready.id);
    expect((await list(customer.accessToken, '?status=unread')).items.every((n) => n.status === 'UNREAD')).toBe(true);
    expect((await list(customer.accessToken, '?status=read')).items.map((n) => n.id)).toEqual([ready.id]);
  });

  it('pages with cursors that only this customer’s list accepts', async () => {
    const all = (await list(customer.accessToken)).items.map((n) => n.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(customer.accessToken, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);

    const firstPage = await list(customer.accessToken, '?limit=1');
    const stranger = await api.register();
    const refused = await api.call('GET', `/v1/notifications?cursor=${firstPage.nextCursor}`, { token: stranger.accessToken });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].field).toBe('query.cursor');
    const badFilter = await api.call('GET', '/v1/notifications?status=maybe', { token: customer.accessToken });
    expect(badFilter.status).toBe(400);
    expect(badFilter.json.errors[0].field).toBe('query.status');
  });

  it("shows another customer nothing, and answers 404 when they try to read one; 401 without a token", async () => {
    const stranger = await api.register();
    const mine = (await list(customer.accessToken)).items[0]!;
    expect((await list(stranger.accessToken)).items).toEqual([]);
    const read = await api.call('POST', `/v1/notifications/${mine.id}/read`, { token: stranger.accessToken });
    expect(read.status).toBe(404);
    expect(read.headers.get('content-type')).toContain('application/problem+json');
    expect((await list(customer.accessToken)).items.find((n) => n.id === mine.id)!.status).toBe(mine.status);
    expect((await api.call('POST', '/v1/notifications/not-an-id/read', { token: customer.accessToken })).status).toBe(400);
    expect((await api.call('GET', '/v1/notifications')).status).toBe(401);
  });

  it('creates one notification and one email when the same event is delivered twice', async () => {
    const expiring = domainEvent('subscription.expiring', { userId: customer.user.id, subscriptionId, currentPeriodEnd: '2031-05-06T07:08:09.000Z' });
    const body = JSON.stringify(toBusEnvelope(expiring, { id: 'redelivered-envelope', account: '000000000000', region: 'us-east-1' }));
    const queueUrl = platform().queues.get('notifications').url;
    await platform().queues.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    await platform().queues.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));

    await until(
      () => list(customer.accessToken),
      (page) => page.items.some((n) => n.eventId === expiring.id),
      'the expiring notification',
    );
    await until(queueIsIdle, Boolean, 'both deliveries to be handled');
    const notified = (await list(customer.accessToken)).items.filter((n) => n.eventId === expiring.id);
    expect(notified).toHaveLength(1);
    expect(notified[0]!.text).toContain('2031-05-06 07:08 UTC');
    const mailed = mails().filter((mail) => mail.eventId === expiring.id);
    expect(mailed).toHaveLength(1);
    expect(mailed[0]).toMatchObject({ subject: 'Your subscription expires soon', notificationId: notified[0]!.id });
  });
});
