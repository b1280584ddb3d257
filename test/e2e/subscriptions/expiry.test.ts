import { KubeConfig, AppsV1Api } from '@kubernetes/client-node';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';
import { startWebhookReceiver } from '../../support/webhook-receiver';

/**
 * The expiry job through the local runtime, its clock moved the way `npm run job -- expiry
 * --now …` moves it (the same local endpoint): notice once, suspension at the end with the data kept,
 * a renewal in the grace period resuming it, expiry and deprovisioning once the grace is over.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;
let token: string;

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
  token = (await api.register()).accessToken;
});

const DAY = 24 * 3600 * 1000;
const runJob = async (now: Date) => {
  const answer = await api.call('POST', `/_local/jobs/expiry?now=${now.toISOString()}`, { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as { read: Record<string, number>; done: Record<'notify-expiring' | 'suspend' | 'expire', number>; skipped: number; failed: number };
};
const subscribeAndRun = async () => {
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status).toBe(202);
  const instance = await settledInstance(api, token, created.json.subscription.id);
  expect(instance.status).toBe('RUNNING');
  return { ...(await api.call('GET', `/v1/subscriptions/${created.json.subscription.id}`, { token })).json, instance };
};
const subscription = async (id: string) => (await api.call('GET', `/v1/subscriptions/${id}`, { token })).json;
const eventsOf = async (id: string, type: string) => {
  await platform().drainStreams();
  return platform().bus.recent().filter((e) => e.type === type && (e.detail as { subscriptionId?: string }).subscriptionId === id).length;
};
const replicasOf = async (namespace: string) => {
  const config = new KubeConfig();
  config.loadFromFile(platform().kubernetes!.kubeconfigPath);
  const deployments = await config.makeApiClient(AppsV1Api).listNamespacedDeployment({ namespace });
  return deployments.items.map((d) => d.spec?.replicas);
};

describe('the expiry job', () => {
  it('tells once, suspends at the end keeping the data, and a renewal in the grace period resumes it', async () => {
    const sub = await subscribeAndRun();
    const end = new Date(sub.currentPeriodEnd);

    expect((await runJob(new Date(end.getTime() - 10 * DAY))).done).toEqual({ 'notify-expiring': 0, suspend: 0, expire: 0 });
    const [first, second] = await Promise.all([runJob(new Date(end.getTime() - 3 * DAY)), runJob(new Date(end.getTime() - 3 * DAY))]);
    expect(first.done['notify-expiring'] + second.done['notify-expiring']).toBe(1); // two runs at once: one notice
    await runJob(new Date(end.getTime() - 2 * DAY));
    expect(await eventsOf(sub.id, 'subscription.expiring')).toBe(1);
    expect((await subscription(sub.id)).expiringNoticeFor).toBe(sub.currentPeriodEnd);

    const suspended = await runJob(new Date(end.getTime() + 3600 * 1000));
    expect(suspended.done.suspend).toBe(1);
    expect((await subscription(sub.id)).status).toBe('SUSPENDED');
    expect((await subscription(sub.id)).suspendedReason).toBe('payment');
    expect(await replicasOf(sub.instance.namespace)).toContain(0);
    expect(await eventsOf(sub.id, 'subscription.suspended')).toBe(1);

    // Paid in the grace period: the customer's renewal resumes the instance and starts a new period.
    const renewed = await api.call('POST', `/v1/subscriptions/${sub.id}/renew`, { token });
    expect(renewed.status).toBe(200);
    expect(renewed.json.status).toBe('ACTIVE');
    expect(renewed.json.suspendedReason).toBeUndefined();
    expect(Date.parse(renewed.json.currentPeriodEnd)).toBeGreaterThan(end.getTime());
    expect(await replicasOf(sub.instance.namespace)).not.toContain(0);
    // The old suspension is gone from the index: a run past the old grace expires nothing.
    expect((await runJob(new Date(end.getTime() + 8 * DAY))).done.expire).toBe(0);
  }, 120_000);

  it('expires what stays suspended past the grace period and deprovisions it like a cancel', async () => {
    const sub = await subscribeAndRun();
    const end = new Date(sub.currentPeriodEnd);
    expect((await runJob(new Date(end.getTime() + 60_000))).done.suspend).toBeGreaterThanOrEqual(1);
    const suspendedAt = Date.parse((await subscription(sub.id)).suspendedAt);

    expect((await runJob(new Date(suspendedAt + 6 * DAY))).done.expire).toBe(0);
    const expired = await runJob(new Date(suspendedAt + 7 * DAY + 60_000));
    expect(expired.done.expire).toBeGreaterThanOrEqual(1);
    expect((await subscription(sub.id)).status).toBe('EXPIRED');
    await until(
      async () => (await api.call('GET', `/v1/subscriptions/${sub.id}/instance`, { token })).json.status,
      (status) => status === 'DELETED',
      'the expired instance to be deleted',
    );
    expect(await eventsOf(sub.id, 'subscription.expired')).toBe(1);
    // Run again: nothing is due any more, nothing is done twice.
    const again = await runJob(new Date(suspendedAt + 7 * DAY + 120_000));
    expect(again.done.expire).toBe(0);
    expect(await eventsOf(sub.id, 'subscription.expired')).toBe(1);
  }, 120_000);

  it('tells the customer once that the period ends soon: one email file, one notification, one webhook delivery', async () => {
    const receiver = await startWebhookReceiver();
    try {
      // A customer of its own, with an endpoint for the event: the other tests' notices are not theirs.
      const customer = await api.register();
      const hook = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: receiver.url('/expiring'), eventTypes: ['subscription.expiring'] } });
      expect(hook.status, hook.text).toBe(201);
      const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
      expect((await settledInstance(api, customer.accessToken, created.json.subscription.id)).status).toBe('RUNNING');
      const sub = (await api.call('GET', `/v1/subscriptions/${created.json.subscription.id}`, { token: customer.accessToken })).json;
      const end = Date.parse(sub.currentPeriodEnd);

      const mails = () => {
        const folder = platform().mailDir;
        if (!existsSync(folder)) return [];
        return readdirSync(folder)
          .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as { to: string; eventType: string; subject: string; text: string })
          .filter((mail) => mail.to === customer.email && mail.eventType === 'subscription.expiring');
      };
      const notices = async () =>
        ((await api.call('GET', '/v1/notifications', { token: customer.accessToken })).json.items as { eventType: string; text: string }[]).filter((n) => n.eventType === 'subscription.expiring');
      const settle = async () => {
        for (let round = 0; round < 2; round++) {
          await platform().drainStreams();
          await platform().queues.drain();
        }
      };

      // Six days before the end: within the 7-day notice period.
      await runJob(new Date(end - 6 * DAY));
      await until(async () => ({ mails: mails().length, notices: (await notices()).length, deliveries: receiver.to('/expiring').length }), (n) => n.mails > 0 && n.notices > 0 && n.deliveries > 0, 'the expiring notice by email, notification and webhook');
      // Again, later in the notice period, and the same hour once more: nothing new is sent.
      await runJob(new Date(end - 5 * DAY));
      await runJob(new Date(end - 6 * DAY));
      await settle();

      const [mail] = mails();
      expect(mails()).toHaveLength(1);
      expect(mail!.subject).toBe('Your subscription expires soon');
      expect(await notices()).toHaveLength(1);
      expect(receiver.to('/expiring')).toHaveLength(1);
      const delivered = JSON.parse(receiver.to('/expiring')[0]!.body) as { type: string; data: { subscriptionId: string; currentPeriodEnd: string } };
      expect(delivered).toMatchObject({ type: 'subscription.expiring', data: { subscriptionId: sub.id, currentPeriodEnd: sub.currentPeriodEnd } });
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it('refuses a bad clock, an unknown job and a customer token', async () => {
    expect((await api.call('POST', '/_local/jobs/expiry?now=yesterday', { token: admin })).status).toBe(400);
    expect((await api.call('POST', '/_local/jobs/no-such-job', { token: admin })).status).toBe(404);
    expect((await api.call('POST', '/_local/jobs/expiry', { token })).status).toBe(403);
    expect((await api.call('POST', '/_local/jobs/expiry')).status).toBe(401);
  });
});
