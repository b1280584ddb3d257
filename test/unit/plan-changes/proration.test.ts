import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerEntrySchema, ledgerIdempotencyKey } from '../../../shared/billing/ledger-entry';
import { revenueContribution } from '../../../shared/billing/revenue';
import type { PlanChange } from '../../../shared/plan-changes/plan-change';
import { planChangeEntry, prorate } from '../../../shared/plan-changes/proration';

const period = { start: '2026-12-01T00:00:00.000Z', end: '2026-12-31T00:00:00.000Z' };
const at = (iso: string) => new Date(iso);
const lengthMs = Date.parse(period.end) - Date.parse(period.start);

const amounts = fc.integer({ min: 0, max: 100_000_000 });
const instants = fc.integer({ min: Date.parse(period.start), max: Date.parse(period.end) }).map((ms) => new Date(ms));
const signed = (p: { kind: string; amount: number }) => (p.kind === 'credit' ? -p.amount : p.amount);

describe('prorate: (new − old) × remaining / period, whole minor units, halves away from zero', () => {
  it('an upgrade half-way through a period charges half the difference', () => {
    expect(prorate(1000, 3000, period, at('2026-12-16T00:00:00.000Z'))).toEqual({ kind: 'charge', amount: 1000 });
  });

  it('a downgrade a third of the way through credits two thirds of the difference, rounded to the nearest unit', () => {
    // 20 of 30 days remain: 2/3 × 1000 = 666.67 → 667.
    expect(prorate(3000, 2000, period, at('2026-12-11T00:00:00.000Z'))).toEqual({ kind: 'credit', amount: 667 });
  });

  it('a half unit rounds away from zero, both ways', () => {
    // Exactly half the period remains and the difference is 1: 0.5 → 1.
    expect(prorate(0, 1, period, at('2026-12-16T00:00:00.000Z'))).toEqual({ kind: 'charge', amount: 1 });
    expect(prorate(1, 0, period, at('2026-12-16T00:00:00.000Z'))).toEqual({ kind: 'credit', amount: 1 });
  });

  it('owes nothing at the period end or between plans of one price, and the whole difference at its start', () => {
    expect(prorate(1000, 5000, period, at(period.end))).toEqual({ kind: 'none', amount: 0 });
    expect(prorate(1000, 1000, period, at('2026-12-05T00:00:00.000Z'))).toEqual({ kind: 'none', amount: 0 });
    expect(prorate(1000, 5000, period, at(period.start))).toEqual({ kind: 'charge', amount: 4000 });
    expect(prorate(1000, 5000, period, at('2026-11-01T00:00:00.000Z'))).toEqual({ kind: 'charge', amount: 4000 });
  });

  it('a yearly period and the largest prices keep exact integers (no float error)', () => {
    const year = { start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };
    expect(prorate(0, 100_000_000, year, at('2026-07-02T12:00:00.000Z'))).toEqual({ kind: 'charge', amount: 50_000_000 });
  });

  it('property: a whole, non-negative amount no larger than the difference, its kind the direction of the change', () => {
    fc.assert(
      fc.property(amounts, amounts, instants, (from, to, when) => {
        const p = prorate(from, to, period, when);
        expect(Number.isInteger(p.amount)).toBe(true);
        expect(p.amount).toBeGreaterThanOrEqual(0);
        expect(p.amount).toBeLessThanOrEqual(Math.abs(to - from));
        expect(p.kind).toBe(p.amount === 0 ? 'none' : to > from ? 'charge' : 'credit');
      }),
    );
  });

  it('property: within half a unit of the exact fraction', () => {
    fc.assert(
      fc.property(amounts, amounts, instants, (from, to, when) => {
        const exact = ((to - from) * (Date.parse(period.end) - when.getTime())) / lengthMs;
        expect(Math.abs(signed(prorate(from, to, period, when)) - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
    );
  });

  it('property: changing up and straight back down at the same instant nets to zero', () => {
    fc.assert(
      fc.property(amounts, amounts, instants, (a, b, when) => {
        expect(signed(prorate(a, b, period, when)) + signed(prorate(b, a, period, when))).toBe(0);
      }),
    );
  });

  it('property: the later the change, the less it costs', () => {
    fc.assert(
      fc.property(amounts, amounts, instants, instants, (a, b, t1, t2) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(prorate(a, b, period, late).amount).toBeLessThanOrEqual(prorate(a, b, period, early).amount);
      }),
    );
  });
});

describe('planChangeEntry: one ledger entry per change', () => {
  const change = (kind: 'charge' | 'credit' | 'none', amount: number): PlanChange => ({
    id: '01JD7Y7Q00000000000000PC01',
    fromPlanId: 'starter',
    toPlanId: 'pro',
    fromPrice: { amount: 1000, currency: 'EUR' },
    toPrice: { amount: 3000, currency: 'EUR' },
    fromLimits: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 2 },
    toLimits: { cpuMillicores: 1000, memoryMiB: 1024, storageGiB: 4 },
    proration: { kind, amount, currency: 'EUR', periodStart: period.start, periodEnd: period.end },
    requestedAt: '2026-12-16T00:00:00.000Z',
  });
  const subscription = { id: '01JD7Y7Q00000000000000SB01', userId: '01JD7Y7Q00000000000000CS01', serviceSlug: 'n8n' };

  it('is keyed by the change, not the period, so it never collides with the period charge and a retry writes it once', () => {
    const entry = planChangeEntry(change('charge', 1000), subscription, new Date())!;
    expect(ledgerEntrySchema.parse(entry)).toMatchObject({ kind: 'charge', amount: 1000, currency: 'EUR', occurredAt: '2026-12-16T00:00:00.000Z' });
    expect(ledgerIdempotencyKey(entry)).toBe('plan-change:01JD7Y7Q00000000000000PC01');
    expect(ledgerIdempotencyKey(planChangeEntry(change('charge', 1000), subscription, new Date(Date.now() + 60_000))!)).toBe(ledgerIdempotencyKey(entry));
  });

  it('a credit takes its amount off the month’s charges; a change that costs nothing writes no entry', () => {
    const credit = planChangeEntry(change('credit', 400), subscription, new Date())!;
    expect(credit.kind).toBe('credit');
    expect(revenueContribution(credit)).toEqual({ month: '2026-12', currency: 'EUR', field: 'charges', amount: -400 });
    expect(planChangeEntry(change('none', 0), subscription, new Date())).toBeUndefined();
  });

  it('a credit without a plan change has no key (refused before anything is written)', () => {
    expect(() => ledgerIdempotencyKey({ kind: 'credit' })).toThrow(/plan change/);
  });
});
