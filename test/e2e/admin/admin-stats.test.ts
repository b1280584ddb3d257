import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedules } from '../../../functions/schedules';
import { subscriptionStates } from '../../../shared/subscriptions/lifecycle';
import { heartbeatBody } from '../../support/agent-payloads';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';
import { postStripe, stripeEventBody } from '../hooks/hook-helpers';

/**
 * GET /v1/admin/stats over HTTP on the local runtime, on a platform of its own (so every count is known):
 * the counts move as nodes register and go quiet, customers subscribe and cancel, money arrives and webhooks
 * are delivered.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;
let agentToken: string;
let receiver: WebhookReceiver;

const stats = async () => {
  const answer = await api.call('GET', '/v1/admin/stats', { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json;
};
const zeroStates = Object.fromEntries(subscriptionStates.map((state) => [state, 0]));
const month = () => new Date().toISOString().slice(0, 7);
const stripe = (type: string, object: Record<string, unknown>) => postStripe(platform(), stripeEventBody(type, object));

beforeAll(async () => {
  admin = await api.adminToken();
  // 410 for the failing one: a failure that is never retried, so each endpoint gets exactly one attempt.
  receiver = await startWebhookReceiver((path) => ({ status: path === '/ok' ? 204 : 410 }));
});
afterAll(async () => {
  await receiver?.close();
});

describe('GET /v1/admin/stats', () => {
  it('starts at zero, with every subscription state and node status present', async () => {
    expect(await stats()).toEqual({
      users: { total: 0, ACTIVE: 0, DISABLED: 0 },
      services: { active: 3 },
      subscriptions: { total: 0, ...zeroStates },
      nodes: { total: 0, HEALTHY: 0, UNHEALTHY: 0, OFFLINE: 0 },
      revenue: { month: month(), currencies: [] },
      webhooks: { since: expect.any(String), attempts: 0, succeeded: 0, failed: 0, successRate: null },
    });
    const { webhooks } = await stats();
    expect(Date.now() - Date.parse(webhooks.since)).toBeGreaterThan(23 * 3600_000);
    expect(Date.now() - Date.parse(webhooks.since)).toBeLessThanOrEqual(24 * 3600_000);
  });
});

describe('GET /v1/admin/stats as the platform fills', () => {
  /** What the stats said along the way of the setup: provisioning is slow, so it runs here, counted as it goes. */
  const seen: Record<string, any> = {};
  let customer: Awaited<ReturnType<typeof api.register>>;
  let id: string;
  beforeAll(async () => {
    ({ agentToken } = await registerWorker(api));
    seen.registered = await stats();
    customer = await api.register();
    seen.customer = await stats();
    const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status, created.text).toBe(202);
    id = created.json.subscription.id;
    seen.created = await stats();
    await settledInstance(api, customer.accessToken, id);
    seen.active = await until(stats, (s) => s.subscriptions.ACTIVE === 1, 'the stats to count the subscription ACTIVE');
  });

  it('counts subscriptions by state, and this month’s money, as customers subscribe, pay, are refunded and cancel', async () => {
    expect(seen.registered.nodes).toEqual({ total: 1, HEALTHY: 1, UNHEALTHY: 0, OFFLINE: 0 });
    expect(seen.customer.users).toEqual({ total: 1, ACTIVE: 1, DISABLED: 0 });
    expect(seen.created.subscriptions.total).toBe(1);
    expect(seen.created.subscriptions.PROVISIONING + seen.created.subscriptions.ACTIVE).toBe(1);
    const { active } = seen;
    expect(active.subscriptions).toEqual({ ...zeroStates, total: 1, ACTIVE: 1 });
    // Its first period was charged when it became ACTIVE.
    expect(active.revenue).toEqual({ month: month(), currencies: [{ currency: 'EUR', payments: 0, refunds: 0, net: 0, charges: 1900 }] });

    const paid = await stripe('invoice.paid', { id: `in_${ulid()}`, object: 'invoice', amount_paid: 1900, currency: 'eur', parent: { subscription_details: { metadata: { subscriptionId: id } } } });
    expect(paid.json.outcome).toBe('applied');
    const refunded = await stripe('refund.created', { id: `re_${ulid()}`, amount: 500, currency: 'eur', status: 'succeeded', metadata: { subscriptionId: id } });
    expect(refunded.json.outcome).toBe('recorded');
    // Money no subscription owns is not revenue.
    expect((await stripe('invoice.paid', { id: `in_${ulid()}`, object: 'invoice', amount_paid: 999, currency: 'usd', metadata: { subscriptionId: ulid() } })).json.outcome).toBe('unmatched');
    // The period the payment bought starts where this one ends: next month's charge, not this one's.
    expect((await stats()).revenue.currencies).toEqual([{ currency: 'EUR', payments: 1900, refunds: 500, net: 1400, charges: 1900 }]);

    expect((await api.call('POST', `/v1/subscriptions/${id}/cancel`, { token: customer.accessToken })).status).toBe(202);
    expect((await stats()).subscriptions).toEqual({ ...zeroStates, total: 1, CANCELLED: 1 });
  });

  it('gives the webhook success rate of the last 24 hours from the attempts delivered', async () => {
    const customer = await api.register();
    for (const path of ['/ok', '/bad']) {
      const endpoint = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: receiver.url(path), eventTypes: ['subscription.renewed'] } });
      expect(endpoint.status, endpoint.text).toBe(201);
      expect((await api.call('POST', `/v1/webhooks/${endpoint.json.webhook.id}/test`, { token: customer.accessToken })).status).toBe(202);
    }
    const { webhooks } = await until(stats, (s) => s.webhooks.succeeded >= 1 && s.webhooks.failed >= 1, 'an attempt to each endpoint to be tallied');
    expect(webhooks).toMatchObject({ attempts: 2, succeeded: 1, failed: 1, successRate: 0.5 });
    expect([receiver.to('/ok').length, receiver.to('/bad').length]).toEqual([1, 1]);
  });

  it('counts nodes by health as the health monitor moves a silent node', async () => {
    const healthMonitor = schedules.find((schedule) => schedule.handler === 'workers/monitor-node-health')!.name;
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('worker-1') })).status).toBe(204);
    await platform().runSchedule(healthMonitor, new Date(Date.now() + 2 * 60_000));
    expect((await stats()).nodes).toEqual({ total: 1, HEALTHY: 0, UNHEALTHY: 1, OFFLINE: 0 });
    await platform().runSchedule(healthMonitor, new Date(Date.now() + 10 * 60_000));
    expect((await stats()).nodes).toEqual({ total: 1, HEALTHY: 0, UNHEALTHY: 0, OFFLINE: 1 });
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('worker-1') })).status).toBe(204);
    expect((await stats()).nodes).toEqual({ total: 1, HEALTHY: 1, UNHEALTHY: 0, OFFLINE: 0 });
  });
});
