import { ScanCommand } from '../../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { applyPaymentEvent } from '../../../shared/billing/apply-payment';
import type { LedgerEntry } from '../../../shared/billing/ledger-entry';
import { isCommitPartRejected } from '../../../shared/data/commit-part';
import { periodEnd } from '../../../shared/subscriptions/lifecycle';
import { renewSubscription } from '../../../shared/subscriptions/manage-subscription';
import { useDynamoDbTable } from '../../support/dynamodb';
import { paymentFixtures } from '../../support/payment-fixtures';

const table = useDynamoDbTable('ledger');
const now = new Date('2026-03-01T12:00:00.000Z');

const { deps, subscribed, stripeEvent, invoicePaid } = paymentFixtures(table, { now, periodEnd: '2026-03-20T00:00:00.000Z' });

/** The events committed to the outbox for a subscription (a test-only Scan of a small table). */
const outboxFor = async (subscriptionId: string) => {
  const { Items = [] } = await table().doc.send(
    new ScanCommand({ TableName: table().tableName, FilterExpression: '#type = :outbox AND detail.subscriptionId = :id', ExpressionAttributeNames: { '#type': 'type' }, ExpressionAttributeValues: { ':outbox': 'OutboxEvent', ':id': subscriptionId } }),
  );
  return Items.map((item) => String(item.eventType)).sort();
};

describe('payments into the ledger (DynamoDB Local)', () => {
  it('renews an ACTIVE subscription once for a payment sent twice: one entry, one renewal', async () => {
    const d = deps();
    const subscription = await subscribed();
    const event = invoicePaid(subscription.id);
    expect(await applyPaymentEvent(d, event)).toMatchObject({ outcome: 'applied', transactionId: expect.any(String) });
    expect(await applyPaymentEvent(d, event)).toEqual({ outcome: 'duplicate' });
    const renewed = await d.subscriptions.get(subscription.userId, subscription.id);
    expect(renewed?.currentPeriodEnd).toBe(periodEnd(new Date(subscription.currentPeriodEnd!), 'month').toISOString());
    const entries = await d.ledger.listForUser(subscription.userId, { limit: 10 });
    // The period the payment bought is charged with it (dated at its start, the old end: newest first).
    expect(entries.items).toEqual([
      expect.objectContaining({ kind: 'charge', status: 'MATCHED', amount: 1900, currency: 'EUR', subscriptionId: subscription.id, periodStart: subscription.currentPeriodEnd, periodEnd: renewed?.currentPeriodEnd }),
      expect.objectContaining({ kind: 'payment', status: 'MATCHED', amount: 1900, currency: 'EUR', subscriptionId: subscription.id, providerEventId: event.id, providerEventType: 'invoice.paid' }),
    ]);
    expect(await outboxFor(subscription.id)).toEqual(['payment.succeeded', 'subscription.renewed']);
  });

  it('the ledger entry is part of the renewal: a second renewal carrying the same entry is rejected whole', async () => {
    const d = deps();
    const subscription = await subscribed();
    const entry: LedgerEntry = {
      id: ulid(),
      kind: 'payment',
      status: 'MATCHED',
      amount: 1900,
      currency: 'EUR',
      userId: subscription.userId,
      subscriptionId: subscription.id,
      description: 'Payment',
      provider: 'stripe',
      providerEventId: 'evt_race',
      providerEventType: 'invoice.paid',
      occurredAt: now.toISOString(),
      recordedAt: now.toISOString(),
    };
    const first = await renewSubscription(d, subscription, { parts: d.ledger.entryParts(entry) });
    // Read again, as a second delivery would, and renew with the same entry.
    const again = (await d.subscriptions.get(subscription.userId, subscription.id))!;
    const parts = d.ledger.entryParts(entry);
    const error = await renewSubscription(d, again, { parts }).catch((caught: unknown) => caught);
    expect(isCommitPartRejected(error) && error.part).toBe(parts[0]);
    expect((await d.subscriptions.get(subscription.userId, subscription.id))?.currentPeriodEnd).toBe(first.currentPeriodEnd);
    expect(await d.ledger.record(entry, [])).toBe('duplicate');
  });

  it('resumes a subscription suspended for payment (its grace period), and never lifts an administrator’s suspension', async () => {
    const d = deps();
    const grace = await subscribed({ status: 'SUSPENDED', suspendedReason: 'payment', currentPeriodEnd: '2026-02-25T00:00:00.000Z' }, 'SUSPENDED');
    expect((await applyPaymentEvent(d, invoicePaid(grace.id))).outcome).toBe('applied');
    const resumed = await d.subscriptions.get(grace.userId, grace.id);
    expect(resumed).toMatchObject({ status: 'ACTIVE', currentPeriodEnd: periodEnd(now, 'month').toISOString() });
    expect(resumed?.suspendedReason).toBeUndefined();
    expect((await d.subscriptions.getInstance(grace.instanceId))?.status).toBe('RUNNING');
    expect(d.clusterCalls).toContain('apply');
    expect(await outboxFor(grace.id)).toEqual(['payment.succeeded', 'subscription.renewed', 'subscription.resumed']);

    const byAdmin = await subscribed({ status: 'SUSPENDED', suspendedReason: 'admin' }, 'SUSPENDED');
    expect((await applyPaymentEvent(d, invoicePaid(byAdmin.id))).outcome).toBe('recorded');
    expect((await d.subscriptions.get(byAdmin.userId, byAdmin.id))?.status).toBe('SUSPENDED');
    expect((await d.ledger.listForUser(byAdmin.userId, { limit: 5 })).items[0]).toMatchObject({ kind: 'payment', note: expect.stringContaining('administrator') });
  });

  it('keeps unknown subscriptions, missing metadata and another currency UNMATCHED, applied to no one', async () => {
    const d = deps();
    const subscription = await subscribed();
    const before = await d.subscriptions.get(subscription.userId, subscription.id);
    const unknown = invoicePaid(ulid());
    const dollars = invoicePaid(subscription.id, { currency: 'usd' });
    const noMetadata = stripeEvent('payment_intent.succeeded', { id: 'pi_1', amount: 500, amount_received: 500, currency: 'eur', metadata: {} });
    for (const event of [unknown, dollars, noMetadata]) expect((await applyPaymentEvent(d, event)).outcome, event.type).toBe('unmatched');
    expect((await applyPaymentEvent(d, dollars)).outcome).toBe('duplicate');
    expect(await d.subscriptions.get(subscription.userId, subscription.id)).toEqual(before);
    expect((await d.ledger.listForUser(subscription.userId, { limit: 5 })).items).toEqual([]);
    const unmatched = (await d.ledger.listByStatus('UNMATCHED', { limit: 50 })).items.filter((e) => [unknown.id, dollars.id, noMetadata.id].includes(e.providerEventId ?? ''));
    expect(unmatched.map((e) => e.note)).toEqual(expect.arrayContaining([expect.stringContaining('No subscription'), 'In USD; the plan is priced in EUR.', expect.stringContaining('metadata.subscriptionId')]));
    expect(unmatched.every((e) => e.userId === undefined)).toBe(true);
  });

  it('records a failed payment and a refund without moving the subscription; ignores other event types', async () => {
    const d = deps();
    const subscription = await subscribed();
    const before = await d.subscriptions.get(subscription.userId, subscription.id);
    const failed = stripeEvent('payment_intent.payment_failed', { id: 'pi_f', amount: 1900, currency: 'eur', metadata: { subscriptionId: subscription.id }, last_payment_error: { message: 'Your card was declined.' } }, undefined, Math.floor(now.getTime() / 1000) - 60);
    const refund = stripeEvent('refund.created', { id: 're_1', amount: 900, currency: 'eur', status: 'succeeded', metadata: { subscriptionId: subscription.id } });
    expect((await applyPaymentEvent(d, failed)).outcome).toBe('recorded');
    expect((await applyPaymentEvent(d, refund)).outcome).toBe('recorded');
    expect((await applyPaymentEvent(d, stripeEvent('customer.created', { id: 'cus_1' }))).outcome).toBe('ignored');
    expect(await d.subscriptions.get(subscription.userId, subscription.id)).toEqual(before);
    expect(await outboxFor(subscription.id)).toEqual(['payment.failed', 'payment.refunded']);
    // Newest first: the refund happened a minute after the failure.
    expect((await d.ledger.listForUser(subscription.userId, { limit: 5 })).items.map((e) => [e.kind, e.amount])).toEqual([
      ['refund', 900],
      ['payment-failed', 1900],
    ]);
  });

  it('names the field when a handled event’s object is not what Stripe sends', async () => {
    const d = deps();
    const broken = stripeEvent('invoice.paid', { id: 'in_x', amount_paid: 'lots', currency: 'eur' });
    await expect(applyPaymentEvent(d, broken)).rejects.toMatchObject({ type: 'validation', errors: [{ field: 'body.data.object.amount_paid', message: expect.any(String) }] });
  });

  it('lists a customer’s entries newest first, page by page, with cursors pinned to that customer', async () => {
    const d = deps();
    const subscription = await subscribed();
    const created = Math.floor(now.getTime() / 1000);
    // Refunds: entries that renew nothing, so no period charge is interleaved.
    for (let i = 0; i < 5; i++) await applyPaymentEvent(d, stripeEvent('refund.created', { id: `re_${i}`, amount: 100 + i, currency: 'eur', status: 'succeeded', metadata: { subscriptionId: subscription.id } }, `evt_page_${subscription.id}_${i}`, created + i));
    const first = await d.ledger.listForUser(subscription.userId, { limit: 2 });
    const second = await d.ledger.listForUser(subscription.userId, { limit: 2, cursor: first.nextCursor });
    const third = await d.ledger.listForUser(subscription.userId, { limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((e) => e.amount)).toEqual([104, 103, 102, 101, 100]);
    const stranger = ulid();
    await expect(d.ledger.listForUser(stranger, { limit: 2, cursor: first.nextCursor })).rejects.toMatchObject({ type: 'validation', errors: [{ field: 'query.cursor' }] });
  });
});
