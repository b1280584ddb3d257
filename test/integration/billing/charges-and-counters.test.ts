import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { applyPaymentEvent } from '../../../shared/billing/apply-payment';
import { revenueMonthOf } from '../../../shared/billing/revenue';
import { stripeEventSchema } from '../../../shared/billing/stripe-events';
import { counterShard } from '../../../shared/data/counter-shards';
import { periodEnd, subscriptionStates } from '../../../shared/subscriptions/lifecycle';
import { noticeExpiring, onLatest, renewSubscription } from '../../../shared/subscriptions/manage-subscription';
import type { Subscription } from '../../../shared/subscriptions/subscription';
import { useDynamoDbTable } from '../../support/dynamodb';
import { paymentFixtures } from '../../support/payment-fixtures';

/** Period charges, the revenue counters and the subscription state counters, on DynamoDB Local. */
const table = useDynamoDbTable('charges-counters');
const now = new Date('2026-03-01T12:00:00.000Z');
const month = revenueMonthOf(now);

const { deps, subscribed, stripeEvent, invoicePaid } = paymentFixtures(table, { now, periodEnd: '2026-03-20T00:00:00.000Z' });
const charges = async (userId: string) => (await deps().ledger.listForUser(userId, { limit: 20 })).items.filter((entry) => entry.kind === 'charge');
const euros = async () => (await deps().ledger.monthRevenue(month)).find((row) => row.currency === 'EUR') ?? { payments: 0, refunds: 0, net: 0, charges: 0 };

describe('period charges (DynamoDB Local)', () => {
  it('a renewal charges the period it starts; the next renewal the next period; a renewal of a period already charged is a conflict', async () => {
    const d = deps();
    const subscription = await subscribed();
    const renewed = await renewSubscription(d, subscription);
    expect(await charges(subscription.userId)).toEqual([
      expect.objectContaining({ amount: 1900, currency: 'EUR', subscriptionId: subscription.id, periodStart: subscription.currentPeriodEnd, periodEnd: renewed.currentPeriodEnd, occurredAt: subscription.currentPeriodEnd }),
    ]);
    // The same reading again (a double click, a retry): the same period, whose charge exists; nothing is written.
    await expect(renewSubscription(d, subscription)).rejects.toMatchObject({ type: 'conflict' });
    expect(await d.subscriptions.get(subscription.userId, subscription.id)).toMatchObject({ currentPeriodEnd: renewed.currentPeriodEnd });
    expect(await charges(subscription.userId)).toHaveLength(1);
    // As the route does it: read again and renew the period after.
    const third = await onLatest(async () => (await d.subscriptions.get(subscription.userId, subscription.id))!, (latest) => renewSubscription(d, latest));
    expect((await charges(subscription.userId)).map((c) => [c.periodStart, c.periodEnd])).toEqual([
      [renewed.currentPeriodEnd, third.currentPeriodEnd],
      [subscription.currentPeriodEnd, renewed.currentPeriodEnd],
    ]);
  });

  it('renewing in the grace period resumes the subscription and charges a period that starts now', async () => {
    const d = deps();
    const grace = await subscribed({ status: 'SUSPENDED', suspendedReason: 'payment', currentPeriodEnd: '2026-02-25T00:00:00.000Z' }, 'SUSPENDED');
    const renewed = await renewSubscription(d, (await d.subscriptions.get(grace.userId, grace.id))!);
    expect(renewed).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: periodEnd(now, 'month').toISOString() });
    expect(await charges(grace.userId)).toEqual([expect.objectContaining({ periodStart: now.toISOString(), periodEnd: renewed.currentPeriodEnd })]);
  });
});

describe('revenue counters (DynamoDB Local)', () => {
  it('move with each matched payment, refund and charge, once: a duplicate, an unmatched or a failed payment moves nothing', async () => {
    const d = deps();
    const subscription = await subscribed();
    const before = await euros();
    const paid = invoicePaid(subscription.id);
    expect((await applyPaymentEvent(d, paid)).outcome).toBe('applied');
    expect((await applyPaymentEvent(d, paid)).outcome).toBe('duplicate');
    const refund = stripeEvent('refund.created', { id: `re_${ulid()}`, amount: 500, currency: 'eur', status: 'succeeded', metadata: { subscriptionId: subscription.id } });
    expect((await applyPaymentEvent(d, refund)).outcome).toBe('recorded');
    expect((await applyPaymentEvent(d, refund)).outcome).toBe('duplicate');
    expect((await applyPaymentEvent(d, invoicePaid(subscription.id, { currency: 'usd' }))).outcome).toBe('unmatched');
    expect((await applyPaymentEvent(d, invoicePaid(ulid()))).outcome).toBe('unmatched');
    const failed = stripeEvent('payment_intent.payment_failed', { id: `pi_${ulid()}`, amount: 1900, currency: 'eur', metadata: { subscriptionId: subscription.id } });
    expect((await applyPaymentEvent(d, failed)).outcome).toBe('recorded');

    const after = await euros();
    // The payment's renewal charged the period starting 2026-03-20: this month too.
    expect({ payments: after.payments - before.payments, refunds: after.refunds - before.refunds, charges: after.charges - before.charges }).toEqual({ payments: 1900, refunds: 500, charges: 1900 });
    expect(after.net).toBe(after.payments - after.refunds);
    expect((await d.ledger.monthRevenue(month)).map((row) => row.currency)).toEqual(['EUR']);
    expect(await d.ledger.monthRevenue('2030-01')).toEqual([]);
  });

  it('a payment and the charge of the period it buys may fall in one shard of one month: still one transaction, both counted', async () => {
    const d = deps();
    const subscription = await subscribed();
    // An event id whose shard is the charge's (the charge of the period starting at the current end, this month).
    const chargeShard = counterShard(`charge:${subscription.id}:${subscription.currentPeriodEnd}`);
    let i = 0;
    while (counterShard(`stripe:evt_same_shard_${subscription.id}_${i}`) !== chargeShard) i++;
    const before = await euros();
    const event = stripeEventSchema.parse({ ...invoicePaid(subscription.id), id: `evt_same_shard_${subscription.id}_${i}` });
    expect((await applyPaymentEvent(d, event)).outcome).toBe('applied');
    const after = await euros();
    expect([after.payments - before.payments, after.charges - before.charges]).toEqual([1900, 1900]);
  });
});

describe('subscription state counters (DynamoDB Local)', () => {
  it('have every state, and move with each change of state, in its transaction, and only then', async () => {
    const d = deps();
    const counts = () => d.subscriptions.countByState();
    const start = await counts();
    expect(Object.keys(start).sort()).toEqual([...subscriptionStates].sort());
    const delta = async () => {
      const current = await counts();
      return Object.fromEntries(subscriptionStates.map((state) => [state, current[state] - start[state]]).filter(([, n]) => n !== 0));
    };

    const provisioning = await subscribed({ status: 'PROVISIONING', currentPeriodEnd: undefined }, 'PROVISIONING');
    expect(await delta()).toEqual({ PROVISIONING: 1 });
    const read = (s: Subscription) => d.subscriptions.get(s.userId, s.id).then((x) => x!);
    const active = await d.subscriptions.transitionSubscription(await read(provisioning), 'ACTIVE', { currentPeriodEnd: '2026-03-05T00:00:00.000Z', updatedAt: now.toISOString() }, []);
    expect(await delta()).toEqual({ ACTIVE: 1 });
    // A change that keeps the state (a notice) leaves the counts alone.
    await noticeExpiring(d, active);
    expect(await delta()).toEqual({ ACTIVE: 1 });
    // A refused change (it was read before the notice: a stale version) writes nothing, counts included.
    await expect(d.subscriptions.transitionSubscription(active, 'CANCELLED', { updatedAt: now.toISOString() }, [])).rejects.toMatchObject({ type: 'conflict' });
    expect(await delta()).toEqual({ ACTIVE: 1 });
    await d.subscriptions.transitionSubscription(await read(provisioning), 'CANCELLED', { updatedAt: now.toISOString() }, []);
    expect(await delta()).toEqual({ CANCELLED: 1 });
  });
});
