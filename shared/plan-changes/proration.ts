import { ulid } from 'ulid';
import type { LedgerEntry } from '../billing/ledger-entry';
import type { PlanChange } from './plan-change';

export interface Proration {
  kind: 'charge' | 'credit' | 'none';
  /** Whole minor units, never negative: `kind` says which way the money goes. */
  amount: number;
}

/**
 * What a plan change costs for the rest of the current period: (new price − old price) × remaining /
 * period length, an upgrade's charge or a downgrade's credit. The rounding rule: the exact fraction of the
 * price difference is rounded to the nearest whole minor unit, halves away from zero, computed in integers
 * (BigInt milliseconds, so a year's period and the largest price cannot lose precision). Rounding the
 * magnitude keeps the rule symmetric: changing up and straight back down at the same instant nets to zero.
 * The remaining time is clamped to the period (a change before its start owes the whole difference, after
 * its end nothing).
 */
export const prorate = (oldAmount: number, newAmount: number, period: { start: string; end: string }, at: Date): Proration => {
  const start = BigInt(Date.parse(period.start));
  const end = BigInt(Date.parse(period.end));
  const length = end - start;
  const difference = newAmount - oldAmount;
  if (length <= 0n || difference === 0) return { kind: 'none', amount: 0 };
  const now = BigInt(at.getTime());
  const remaining = now <= start ? length : now >= end ? 0n : end - now;
  const numerator = BigInt(Math.abs(difference)) * remaining;
  const quotient = numerator / length;
  const rounded = (numerator % length) * 2n >= length ? quotient + 1n : quotient;
  const amount = Number(rounded);
  if (amount === 0) return { kind: 'none', amount: 0 };
  return { kind: difference > 0 ? 'charge' : 'credit', amount };
};

/**
 * The ledger entry of a plan change that ran: keyed by the change (ledger-entry.ts), dated when it was asked
 * for, so however often the step that writes it is retried it is one entry. None for a change that costs nothing.
 */
export const planChangeEntry = (change: PlanChange, subscription: { id: string; userId: string; serviceSlug: string }, now: Date): LedgerEntry | undefined => {
  const { proration } = change;
  if (proration.kind === 'none') return undefined;
  return {
    id: ulid(Date.parse(change.requestedAt)),
    kind: proration.kind,
    status: 'MATCHED',
    amount: proration.amount,
    currency: proration.currency,
    userId: subscription.userId,
    subscriptionId: subscription.id,
    planChangeId: change.id,
    description: `${subscription.serviceSlug}: ${change.fromPlanId} to ${change.toPlanId}, ${proration.kind === 'charge' ? 'charged' : 'credited'} for the rest of the period to ${proration.periodEnd.slice(0, 10)}`,
    periodStart: proration.periodStart,
    periodEnd: proration.periodEnd,
    occurredAt: change.requestedAt,
    recordedAt: now.toISOString(),
  };
};
