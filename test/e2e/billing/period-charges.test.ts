import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';
import { postStripe, stripeEventBody } from '../hooks/hook-helpers';

/**
 * Each billing period has a charge (issue 8), over HTTP on the local runtime: the first when the subscription
 * becomes ACTIVE (its first period starts then), one per renewal by the customer, one per renewal a payment
 * buys through /v1/hooks/payments, next to the payment; a replayed payment event records nothing new.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);

interface Entry {
  kind: string;
  amount: number;
  currency: string;
  subscriptionId?: string;
  periodStart?: string;
  periodEnd?: string;
  providerEventId?: string;
}

let token: string;
let subscriptionId: string;
const transactions = async () => {
  const answer = await api.call('GET', '/v1/transactions?limit=100', { token });
  expect(answer.status).toBe(200);
  return answer.json.items as Entry[];
};
const subscription = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}`, { token })).json;

beforeAll(async () => {
  await registerWorker(api);
  const customer = await api.register();
  token = customer.accessToken;
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  subscriptionId = created.json.subscription.id;
  await settledInstance(api, token, subscriptionId);
  await until(subscription, (s) => s.status === 'ACTIVE', 'the subscription to become ACTIVE');
});

describe('a charge per billing period', () => {
  it('create: one charge, the plan’s price for the first period, once the subscription is ACTIVE', async () => {
    const active = await subscription();
    expect(await transactions()).toEqual([
      expect.objectContaining({ kind: 'charge', status: 'MATCHED', amount: 1900, currency: 'EUR', subscriptionId, periodStart: active.currentPeriodStart, periodEnd: active.currentPeriodEnd }),
    ]);
  });

  it('renew: a second charge, for the period that starts where the first ends, newest first', async () => {
    const before = await subscription();
    const renewed = await api.call('POST', `/v1/subscriptions/${subscriptionId}/renew`, { token });
    expect(renewed.status, renewed.text).toBe(200);
    const entries = await transactions();
    expect(entries.map((e) => e.kind)).toEqual(['charge', 'charge']);
    expect(entries[0]).toMatchObject({ amount: 1900, currency: 'EUR', periodStart: before.currentPeriodEnd, periodEnd: renewed.json.currentPeriodEnd });
  });

  it('a payment through the payments hook: a charge for the period it buys and the payment; the replay adds nothing', async () => {
    const before = await subscription();
    const body = stripeEventBody('invoice.paid', {
      id: `in_${ulid()}`,
      object: 'invoice',
      amount_paid: 1900,
      currency: 'eur',
      parent: { subscription_details: { metadata: { subscriptionId } } },
    }, {
      // Stripe's `created` has whole seconds: a second ahead, so it cannot tie with (and sort before) the
      // activation charge made earlier in this same second.
      created: new Date(Date.now() + 1000),
    });
    expect(await postStripe(platform(), body)).toMatchObject({ status: 200, json: { outcome: 'applied' } });
    const after = await subscription();
    const entries = await transactions();
    expect(entries.map((e) => e.kind)).toEqual(['charge', 'charge', 'payment', 'charge']);
    expect(entries[0]).toMatchObject({ kind: 'charge', amount: 1900, periodStart: before.currentPeriodEnd, periodEnd: after.currentPeriodEnd });
    expect(entries.find((e) => e.kind === 'payment')).toMatchObject({ amount: 1900, currency: 'EUR', subscriptionId, providerEventId: JSON.parse(body).id });

    // Stripe resends it (a new signature, the same event id): nothing more is charged, paid or renewed.
    expect(await postStripe(platform(), body)).toMatchObject({ status: 200, json: { outcome: 'duplicate' } });
    expect(await transactions()).toEqual(entries);
    expect((await subscription()).currentPeriodEnd).toBe(after.currentPeriodEnd);
  });
});
