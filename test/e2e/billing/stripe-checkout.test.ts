import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRIPE_MOCK_API_KEY } from '../../../infra/stripe-mock/start-stripe-mock';
import { apiClient } from '../../support/api-client';
import { readProblem, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';
import { postStripe, stripeEventBody } from '../hooks/hook-helpers';

/**
 * Paying through the platform, over HTTP on the local runtime with payments on stripe-mock (built by the
 * global setup, started by the platform as `npm start` does): register, subscribe, checkout → a Checkout
 * Session's URL from stripe-mock, the invoice.paid Stripe then sends (signed with Stripe's own test helper)
 * renews the subscription with its ledger entry. Then dunning: a failed invoice tells the customer the attempt
 * and the next retry, by notification and email.
 */
const platform = useLocalPlatform({ stripeMock: true });
const api = apiClient(platform);

let customer: Awaited<ReturnType<typeof api.register>>;
let subscriptionId: string;
const subscription = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token: customer.accessToken })).json;

/** An invoice of the Stripe subscription the Checkout Session made: its metadata names the platform's subscription. */
const invoice = (extra: Record<string, unknown> = {}) => ({
  id: `in_${ulid()}`,
  object: 'invoice',
  currency: 'eur',
  amount_paid: 1900,
  amount_due: 1900,
  metadata: {},
  parent: { type: 'subscription_details', subscription_details: { metadata: { subscriptionId }, subscription: 'sub_1' } },
  ...extra,
});

beforeAll(async () => {
  await registerWorker(api);
  customer = await api.register({ name: 'Ada' });
  const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  subscriptionId = created.json.subscription.id;
  await settledInstance(api, customer.accessToken, subscriptionId);
  await until(subscription, (s) => s.status === 'ACTIVE', 'the subscription to become ACTIVE');
}, 120_000);

describe('checkout → signed invoice.paid → renewed, over HTTP with stripe-mock', () => {
  it('the platform runs payments on stripe-mock', () => {
    expect(platform().payments.stripeMockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("checkout answers 200 with the Checkout Session's url from stripe-mock, and no secret", async () => {
    const answer = await api.call('POST', `/v1/subscriptions/${subscriptionId}/checkout`, { token: customer.accessToken });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toEqual({ url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//) });
    expect(answer.text).not.toContain(STRIPE_MOCK_API_KEY);
  });

  it("checkout for another customer's subscription: 404 problem+json", async () => {
    const stranger = await api.register();
    const answer = await api.call('POST', `/v1/subscriptions/${subscriptionId}/checkout`, { token: stranger.accessToken });
    expect(answer.status).toBe(404);
    const problem = await readProblem(new Response(answer.text));
    expect(problem.body).toMatchObject({ status: 404, detail: 'The subscription was not found.' });
  });

  it('checkout without a token: 401', async () => {
    expect((await api.call('POST', `/v1/subscriptions/${subscriptionId}/checkout`)).status).toBe(401);
  });

  it("the billing portal answers 200 with a Customer Portal session's url", async () => {
    const answer = await api.call('POST', '/v1/billing/portal', { token: customer.accessToken });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toEqual({ url: expect.stringMatching(/^https:\/\//) });
  });

  it('the signed invoice.paid renews the subscription by a period, with a payment in the ledger', async () => {
    const before = await subscription();
    const paid = invoice();
    const event = stripeEventBody('invoice.paid', paid);
    const answer = await postStripe(platform(), event);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ received: true, outcome: 'applied' });

    const after = await subscription();
    expect(after.status).toBe('ACTIVE');
    expect(Date.parse(after.currentPeriodEnd)).toBeGreaterThan(Date.parse(before.currentPeriodEnd));
    const ledger = await api.call('GET', '/v1/transactions?limit=100', { token: customer.accessToken });
    expect(ledger.json.items).toContainEqual(expect.objectContaining({ kind: 'payment', status: 'MATCHED', amount: 1900, currency: 'EUR', subscriptionId, reference: paid.id, providerEventId: JSON.parse(event).id }));
  });
});

describe('dunning: a failed invoice tells the customer where Stripe’s retries stand', () => {
  interface Mail {
    subject: string;
    text: string;
    eventType: string;
  }
  const mails = (): Mail[] => {
    const folder = platform().mailDir;
    if (!existsSync(folder)) return [];
    return readdirSync(folder).map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Mail);
  };

  it('attempt 1 with a retry ahead: payment.failed names both, and the notification and the email say it', async () => {
    const retry = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    retry.setUTCSeconds(0, 0);
    const failed = invoice({ attempt_count: 1, next_payment_attempt: Math.floor(retry.getTime() / 1000), amount_paid: 0 });
    const answer = await postStripe(platform(), stripeEventBody('invoice.payment_failed', failed));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ outcome: 'recorded' });

    await platform().drainStreams();
    const event = platform()
      .bus.recent()
      .find((e) => e.type === 'payment.failed' && (e.detail as { subscriptionId?: string }).subscriptionId === subscriptionId);
    expect(event?.detail).toMatchObject({ attempt: 1, nextRetryAt: retry.toISOString(), finalAttempt: false });

    const notifications = await until(
      async () => (await api.call('GET', '/v1/notifications', { token: customer.accessToken })).json.items as { eventType: string; text: string }[],
      (items) => items.some((n) => n.eventType === 'payment.failed'),
      'the payment.failed notification',
    );
    const told = notifications.find((n) => n.eventType === 'payment.failed')!;
    expect(told.text).toContain('Attempt 1 failed.');
    expect(told.text).toContain(`tried again on ${retry.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    const mail = await until(async () => mails(), (all) => all.some((m) => m.eventType === 'payment.failed'), 'the payment.failed email');
    expect(mail.find((m) => m.eventType === 'payment.failed')).toMatchObject({ subject: 'A payment failed', text: expect.stringContaining('Attempt 1 failed.') });
  });

  it('the last attempt: final, with the period end the suspension comes at; the subscription is not suspended yet', async () => {
    const failed = invoice({ attempt_count: 4, next_payment_attempt: null, amount_paid: 0 });
    expect((await postStripe(platform(), stripeEventBody('invoice.payment_failed', failed))).status).toBe(200);
    await platform().drainStreams();
    const current = await subscription();
    const last = platform()
      .bus.recent()
      .find((e) => e.type === 'payment.failed' && (e.detail as { attempt?: number }).attempt === 4);
    expect(last?.detail).toMatchObject({ finalAttempt: true, suspendsAt: current.currentPeriodEnd });
    expect(current.status).toBe('ACTIVE');
  });
});
