import { describe, expect, it } from 'vitest';
import { ledgerEntrySchema, ledgerIdempotencyKey, type LedgerEntry } from '../../../shared/billing/ledger-entry';
import { periodCharge } from '../../../shared/billing/period-charge';
import { revenueContribution, revenueMonthOf, sumRevenue } from '../../../shared/billing/revenue';
import { COUNTER_SHARDS, counterShard } from '../../../shared/data/counter-shards';

const subscription = { id: '01JD7Y7Q00000000000000SB01', userId: '01JD7Y7Q00000000000000CS01', serviceSlug: 'n8n', planId: 'starter', price: { amount: 1900, currency: 'EUR' } };
const now = new Date('2026-11-26T03:00:00.000Z');
const period = { start: '2026-11-26T03:00:00.000Z', end: '2026-12-26T03:00:00.000Z' };

const payment: LedgerEntry = {
  id: '01JD7Y7Q00000000000000TX01',
  kind: 'payment',
  status: 'MATCHED',
  amount: 1900,
  currency: 'EUR',
  userId: subscription.userId,
  subscriptionId: subscription.id,
  description: 'Payment for n8n (starter)',
  provider: 'stripe',
  providerEventId: 'evt_1',
  providerEventType: 'invoice.paid',
  occurredAt: '2026-11-30T23:59:59.000Z',
  recordedAt: '2026-12-01T00:00:01.000Z',
};

describe('the charge of a billing period', () => {
  it('is the price the subscription was sold at, in its currency, dated at the period start, with the period', () => {
    const charge = periodCharge(subscription, period, now);
    expect(ledgerEntrySchema.parse(charge)).toEqual(charge);
    expect(charge).toMatchObject({
      kind: 'charge',
      status: 'MATCHED',
      amount: 1900,
      currency: 'EUR',
      userId: subscription.userId,
      subscriptionId: subscription.id,
      periodStart: period.start,
      periodEnd: period.end,
      occurredAt: period.start,
      recordedAt: now.toISOString(),
      description: 'n8n (starter), 2026-11-26 to 2026-12-26',
    });
    expect(charge.provider).toBeUndefined();
  });

  it('is keyed by the subscription and the period start: the same period twice is the same key, the next one another', () => {
    const first = periodCharge(subscription, period, now);
    const again = periodCharge(subscription, period, new Date(now.getTime() + 5000));
    const next = periodCharge(subscription, { start: period.end, end: '2027-01-26T03:00:00.000Z' }, now);
    expect(ledgerIdempotencyKey(first)).toBe(`charge:${subscription.id}:${period.start}`);
    expect(ledgerIdempotencyKey(again)).toBe(ledgerIdempotencyKey(first));
    expect(again.id).not.toBe(first.id);
    expect(ledgerIdempotencyKey(next)).not.toBe(ledgerIdempotencyKey(first));
  });

  it('provider entries keep their event key, and an entry with neither key is refused before any write', () => {
    expect(ledgerIdempotencyKey(payment)).toBe('stripe:evt_1');
    expect(() => ledgerIdempotencyKey({ kind: 'charge', subscriptionId: subscription.id })).toThrow(/period start/);
    expect(() => ledgerIdempotencyKey({ kind: 'refund', provider: 'stripe' })).toThrow(/provider event/);
  });
});

describe('revenue', () => {
  it('counts matched payments, refunds and charges in the UTC month they are dated in; nothing else', () => {
    expect(revenueContribution(payment)).toEqual({ month: '2026-11', currency: 'EUR', field: 'payments', amount: 1900 });
    expect(revenueContribution({ ...payment, kind: 'refund', amount: 500, occurredAt: '2026-12-01T00:00:00.000Z' })).toEqual({ month: '2026-12', currency: 'EUR', field: 'refunds', amount: 500 });
    expect(revenueContribution(periodCharge(subscription, { start: '2026-12-26T03:00:00.000Z', end: '2027-01-26T03:00:00.000Z' }, now))).toMatchObject({ month: '2026-12', field: 'charges' });
    expect(revenueContribution({ ...payment, kind: 'payment-failed' })).toBeUndefined();
    expect(revenueContribution({ ...payment, status: 'UNMATCHED' })).toBeUndefined();
  });

  it('buckets by UTC month, whatever the local time zone would say', () => {
    expect(revenueMonthOf('2026-12-31T23:30:00-02:00')).toBe('2027-01');
    expect(revenueMonthOf(new Date('2024-02-29T12:00:00Z'))).toBe('2024-02');
  });

  it('sums counter shards per currency, net = payments − refunds, by currency code', () => {
    expect(
      sumRevenue([
        { currency: 'USD', payments: 1000 },
        { currency: 'EUR', payments: 1900, charges: 1900 },
        { currency: 'EUR', payments: 1900, refunds: 500, charges: 3800 },
      ]),
    ).toEqual([
      { currency: 'EUR', payments: 3800, refunds: 500, net: 3300, charges: 5700 },
      { currency: 'USD', payments: 1000, refunds: 0, net: 1000, charges: 0 },
    ]);
    expect(sumRevenue([])).toEqual([]);
  });
});

describe('counter shards', () => {
  it('are stable for a subject and spread subjects over every shard', () => {
    expect(counterShard(subscription.id)).toBe(counterShard(subscription.id));
    const used = new Set(Array.from({ length: 200 }, (_, i) => counterShard(`subject-${i}`)));
    expect([...used].sort((a, b) => a - b)).toEqual(Array.from({ length: COUNTER_SHARDS }, (_, i) => i));
  });
});
