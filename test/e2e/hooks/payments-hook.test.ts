import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodEnd } from '../../../shared/subscriptions/lifecycle';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';
import { postRaw, postStripe, stripeEventBody } from './hook-helpers';

const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;

/** A customer with a RUNNING n8n (ACTIVE subscription), through the real provisioning workflow. */
const subscribedCustomer = async () => {
  const customer = await api.register();
  const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
  if (created.status !== 202) throw new Error(`subscribe failed: ${created.status} ${created.text}`);
  await settledInstance(api, customer.accessToken, created.json.subscription.id);
  const subscription = (await api.call('GET', `/v1/subscriptions/${created.json.subscription.id}`, { token: customer.accessToken })).json;
  return { customer, subscription };
};
let ada: Awaited<ReturnType<typeof subscribedCustomer>>;
let bob: Awaited<ReturnType<typeof subscribedCustomer>>;

const invoicePaid = (subscriptionId: string, options: { currency?: string; amount?: number; created?: Date; id?: string } = {}) =>
  stripeEventBody(
    'invoice.paid',
    { id: `in_${ulid()}`, object: 'invoice', amount_paid: options.amount ?? 1900, currency: options.currency ?? 'eur', parent: { subscription_details: { metadata: { subscriptionId } } } },
    options,
  );
const transactions = async (token: string, query = '') => (await api.call('GET', `/v1/transactions${query}`, { token })).json;
const busEvents = async (type: string) => {
  await platform().drainStreams();
  return platform()
    .bus.recent()
    .filter((event) => event.type === type)
    .map((event) => ({ ...event, detail: event.detail as Record<string, unknown> }));
};

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
  ada = await subscribedCustomer();
  bob = await subscribedCustomer();
});

describe('POST /v1/hooks/payments (Stripe-signed, through the local runtime)', () => {
  it('applies a payment signed with Stripe’s test helper once, even sent twice: renewed once, one entry, one payment.succeeded', async () => {
    const { customer, subscription } = ada;
    const body = invoicePaid(subscription.id);
    const first = await postStripe(platform(), body);
    expect(first).toMatchObject({ status: 200, json: { received: true, outcome: 'applied', transactionId: expect.any(String) } });
    // Stripe retries with a fresh signature; the event id is what repeats.
    const second = await postStripe(platform(), body);
    expect(second).toEqual({ status: 200, json: { received: true, outcome: 'duplicate' } });

    const renewed = (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: customer.accessToken })).json;
    expect(renewed.currentPeriodEnd).toBe(periodEnd(new Date(subscription.currentPeriodEnd), 'month').toISOString());
    const ledger = await transactions(customer.accessToken);
    // Newest first: the period the payment bought (charged at its start, the old end), the payment, the first period's charge.
    expect(ledger.items).toEqual([
      expect.objectContaining({ kind: 'charge', amount: 1900, currency: 'EUR', subscriptionId: subscription.id, periodStart: subscription.currentPeriodEnd, periodEnd: renewed.currentPeriodEnd }),
      expect.objectContaining({ id: first.json.transactionId, kind: 'payment', status: 'MATCHED', amount: 1900, currency: 'EUR', subscriptionId: subscription.id, providerEventId: JSON.parse(body).id }),
      expect.objectContaining({ kind: 'charge', amount: 1900, currency: 'EUR', subscriptionId: subscription.id, periodStart: subscription.currentPeriodStart, periodEnd: subscription.currentPeriodEnd }),
    ]);
    const succeeded = (await busEvents('payment.succeeded')).filter((event) => event.detail.subscriptionId === subscription.id);
    expect(succeeded.map((event) => event.detail)).toEqual([{ userId: customer.user.id, subscriptionId: subscription.id, amount: 1900, currency: 'EUR', transactionId: first.json.transactionId }]);
    expect((await busEvents('subscription.renewed')).filter((event) => event.detail.subscriptionId === subscription.id)).toHaveLength(1);
  });

  it('refuses a bad signature, a tampered body and a stale timestamp with 400, and no signature with 401, writing nothing', async () => {
    const { customer, subscription } = bob;
    const before = { subscription: (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: customer.accessToken })).json, ledger: await transactions(customer.accessToken) };
    const eventsBefore = platform().bus.recent().length;
    const body = invoicePaid(subscription.id);

    const otherSecret = await postStripe(platform(), body, { secret: 'whsec_not_this_platforms' });
    expect(otherSecret.status).toBe(400);
    expect(otherSecret.json).toMatchObject({ title: 'Invalid request', errors: [{ field: 'header.stripe-signature', message: 'does not match the body' }] });
    const tampered = await postRaw(platform(), '/v1/hooks/payments', body.replace('"amount_paid":1900', '"amount_paid":190000'), {
      'stripe-signature': (await import('stripe')).default.webhooks.generateTestHeaderString({ payload: body, secret: platform().inboundSecrets.payments }),
    });
    expect(tampered.status).toBe(400);
    const stale = await postStripe(platform(), body, { at: new Date(Date.now() - 10 * 60 * 1000) });
    expect(stale.status).toBe(400);
    expect(stale.json.errors).toEqual([{ field: 'header.stripe-signature', message: 'is outside the 300 s tolerance' }]);
    expect((await postRaw(platform(), '/v1/hooks/payments', body, {})).status).toBe(401);
    // Not even a well-formed body reaches the schema without a good signature.
    expect((await postStripe(platform(), '{"not":"an event"', { secret: 'whsec_x' })).status).toBe(400);
    // Well signed but not JSON: the body is refused, naming it.
    const notJson = await postStripe(platform(), '{"not":"an event"');
    expect(notJson.status).toBe(400);
    expect(notJson.json.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);

    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: customer.accessToken })).json).toEqual(before.subscription);
    expect(await transactions(customer.accessToken)).toEqual(before.ledger);
    await platform().drainStreams();
    expect(platform().bus.recent().length).toBe(eventsBefore);
    // The same event, well signed, is then applied: the refusals left no claim behind.
    expect((await postStripe(platform(), body)).json.outcome).toBe('applied');
  });

  it('keeps a payment for an unknown subscription, or in another currency, UNMATCHED for administrators, applied to no one', async () => {
    const unknown = invoicePaid(ulid());
    const dollars = invoicePaid(ada.subscription.id, { currency: 'usd' });
    expect((await postStripe(platform(), unknown)).json.outcome).toBe('unmatched');
    expect((await postStripe(platform(), dollars)).json.outcome).toBe('unmatched');
    expect((await postStripe(platform(), dollars)).json.outcome).toBe('duplicate');
    const listed = await api.call('GET', '/v1/admin/transactions?status=unmatched', { token: admin });
    expect(listed.status).toBe(200);
    const ours = listed.json.items.filter((entry: { providerEventId: string }) => [JSON.parse(unknown).id, JSON.parse(dollars).id].includes(entry.providerEventId));
    expect(ours).toHaveLength(2);
    expect(ours.every((entry: { status: string; userId?: string }) => entry.status === 'UNMATCHED' && entry.userId === undefined)).toBe(true);
    expect((await transactions(ada.customer.accessToken)).items.some((entry: { currency: string }) => entry.currency === 'USD')).toBe(false);
    expect((await api.call('GET', '/v1/admin/transactions', { token: ada.customer.accessToken })).status).toBe(403);
    expect((await busEvents('payment.unmatched')).map((event) => event.detail.providerEventId)).toEqual(expect.arrayContaining([JSON.parse(unknown).id, JSON.parse(dollars).id]));
  });

  it('records a failed payment with payment.failed, leaving the subscription as it was', async () => {
    const { customer, subscription } = ada;
    const before = (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: customer.accessToken })).json;
    const failed = stripeEventBody('payment_intent.payment_failed', {
      id: `pi_${ulid()}`,
      object: 'payment_intent',
      amount: 1900,
      currency: 'eur',
      metadata: { subscriptionId: subscription.id },
      last_payment_error: { code: 'card_declined', message: 'Your card was declined.' },
    });
    expect((await postStripe(platform(), failed)).json.outcome).toBe('recorded');
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: customer.accessToken })).json).toEqual(before);
    expect((await busEvents('payment.failed')).map((event) => event.detail)).toContainEqual(expect.objectContaining({ subscriptionId: subscription.id, reason: 'Your card was declined.' }));
  });

  it('GET /v1/transactions pages newest first and shows only the caller’s entries', async () => {
    const { customer, subscription } = bob;
    const base = Date.now() - 60_000;
    for (let i = 0; i < 3; i++) expect((await postStripe(platform(), invoicePaid(subscription.id, { amount: 1900 + i, created: new Date(base + i * 1000) }))).status).toBe(200);
    const all = await transactions(customer.accessToken, '?limit=100');
    const occurred = all.items.map((entry: { occurredAt: string }) => Date.parse(entry.occurredAt));
    expect(occurred).toEqual([...occurred].sort((a, b) => b - a));
    expect(all.items.every((entry: { userId: string }) => entry.userId === customer.user.id)).toBe(true);

    const pages: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await transactions(customer.accessToken, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.items);

    const firstPage = await transactions(customer.accessToken, '?limit=1');
    const foreign = await api.call('GET', `/v1/transactions?cursor=${firstPage.nextCursor}`, { token: ada.customer.accessToken });
    expect(foreign.status).toBe(400);
    expect(foreign.json.errors).toEqual([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
    expect((await transactions(ada.customer.accessToken)).items.some((entry: { subscriptionId: string }) => entry.subscriptionId === subscription.id)).toBe(false);
    expect((await api.call('GET', '/v1/transactions')).status).toBe(401);
  });
});
