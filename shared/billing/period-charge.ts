import { ulid } from 'ulid';
import type { Subscription } from '../subscriptions/subscription';
import type { LedgerEntry } from './ledger-entry';

/** A billing period: from its start (inclusive) to its end, ISO 8601 UTC. */
export interface BillingPeriod {
  start: string;
  end: string;
}

/**
 * The charge of one billing period (issue 8: each period has a charge): the price the subscription was sold
 * at, in its currency, dated at the period's start. Its key is the subscription and the period's start, so
 * the change that starts the period (activation, a renewal) carries it in its own transaction and a retried
 * or raced change cannot charge the period twice.
 */
export const periodCharge = (subscription: Pick<Subscription, 'id' | 'userId' | 'serviceSlug' | 'planId' | 'price'>, period: BillingPeriod, now: Date): LedgerEntry => ({
  id: ulid(now.getTime()),
  kind: 'charge',
  status: 'MATCHED',
  amount: subscription.price.amount,
  currency: subscription.price.currency,
  userId: subscription.userId,
  subscriptionId: subscription.id,
  description: `${subscription.serviceSlug} (${subscription.planId}), ${period.start.slice(0, 10)} to ${period.end.slice(0, 10)}`,
  periodStart: period.start,
  periodEnd: period.end,
  occurredAt: period.start,
  recordedAt: now.toISOString(),
});
