import { ulid } from 'ulid';
import { isCommitPartRejected } from '../data/commit-part';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import { type ManageDeps, onLatest, renewSubscription } from '../subscriptions/manage-subscription';
import type { Subscription } from '../subscriptions/subscription';
import type { LedgerEntry } from './ledger-entry';
import type { LedgerStore } from './ledger-store';
import { paymentFactOf, SUBSCRIPTION_METADATA_KEY, type PaymentFact, type StripeEvent } from './stripe-events';

export interface PaymentDeps extends ManageDeps {
  ledger: LedgerStore;
}

/**
 * applied: a payment renewed the subscription; recorded: an entry without a renewal (a failure, a refund, a
 * payment for a subscription that cannot be renewed now); unmatched: kept for an administrator; duplicate:
 * that event was recorded before, nothing written; ignored: not a money event.
 */
export type PaymentOutcome = 'applied' | 'recorded' | 'unmatched' | 'duplicate' | 'ignored';

const isId = (value: string | undefined): value is string => Boolean(value && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(value));

const describe = (fact: PaymentFact, subscription?: Subscription) => {
  const what = { payment: 'Payment', 'payment-failed': 'Failed payment', refund: 'Refund' }[fact.kind];
  return subscription ? `${what} for ${subscription.serviceSlug} (${subscription.planId})` : `${what} (${fact.reference})`;
};

/** Why a subscription cannot take a payment's renewal now, or undefined when it can. */
const notRenewable = (subscription: Subscription): string | undefined => {
  if (subscription.status === 'ACTIVE') return undefined;
  if (subscription.status === 'SUSPENDED') return subscription.suspendedReason === 'admin' ? 'Not renewed: the subscription was suspended by an administrator.' : undefined;
  return `Not renewed: the subscription is ${subscription.status}.`;
};

/**
 * One Stripe event (POST /v1/hooks/payments), after its signature was checked: recorded as a ledger entry,
 * once, and applied.
 * - A payment for an ACTIVE subscription, or one SUSPENDED for want of payment (its grace period; resumed
 *   first), renews it by one period (manage-subscription's renewSubscription), its ledger entry, the new
 *   period's charge and `payment.succeeded` committed in the renewal's own transaction: sent twice, it
 *   renews (and charges) once.
 * - A failed payment is recorded with `payment.failed` (notifications come from that event; suspension after
 *   the grace period is the expiry job's); a failed invoice's event names its dunning step (dunning.ts); a refund with `payment.refunded`. Neither moves the subscription.
 * - No subscription id, an unknown one, or another currency than the plan's: UNMATCHED, for an administrator
 *   (`payment.unmatched`), applied to no one.
 * A repeat is found before anything is done (so a resend cannot resume a subscription suspended since), and
 * the entry's conditional put settles a race between two deliveries.
 */
export const applyPaymentEvent = async (deps: PaymentDeps, event: StripeEvent): Promise<{ outcome: PaymentOutcome; transactionId?: string }> => {
  const fact = paymentFactOf(event);
  if (!fact) return { outcome: 'ignored' };
  const now = deps.now();
  const subscription = isId(fact.subscriptionId) ? await deps.subscriptions.getAny(fact.subscriptionId) : undefined;
  const base = {
    id: ulid(now.getTime()),
    kind: fact.kind,
    amount: fact.amount,
    currency: fact.currency,
    provider: 'stripe' as const,
    providerEventId: event.id,
    providerEventType: event.type,
    reference: fact.reference,
    occurredAt: new Date(event.created * 1000).toISOString(),
    recordedAt: now.toISOString(),
    ...(fact.subscriptionId ? { subscriptionId: fact.subscriptionId.slice(0, 100) } : {}),
  };

  const unmatched = !subscription
    ? fact.subscriptionId
      ? `No subscription ${fact.subscriptionId.slice(0, 100)} exists.`
      : `The ${event.type} event carries no metadata.${SUBSCRIPTION_METADATA_KEY}.`
    : fact.currency !== subscription.price.currency
      ? `In ${fact.currency}; the plan is priced in ${subscription.price.currency}.`
      : undefined;
  if (unmatched || !subscription) {
    const entry: LedgerEntry = { ...base, status: 'UNMATCHED', description: describe(fact, subscription), note: unmatched };
    const events = [domainEvent('payment.unmatched', { transactionId: entry.id, kind: fact.kind, amount: fact.amount, currency: fact.currency, reason: unmatched ?? '', providerEventId: event.id }, now)];
    const outcome = await deps.ledger.record(entry, events);
    return outcome === 'duplicate' ? { outcome } : { outcome: 'unmatched', transactionId: entry.id };
  }

  const entry: LedgerEntry = { ...base, status: 'MATCHED', userId: subscription.userId, subscriptionId: subscription.id, description: describe(fact, subscription) };
  if (await deps.ledger.find(entry)) return { outcome: 'duplicate' };
  const scope = { userId: subscription.userId, subscriptionId: subscription.id, transactionId: entry.id };
  let events: DomainEvent[];
  if (fact.kind === 'payment') {
    const succeeded = domainEvent('payment.succeeded', { ...scope, amount: fact.amount, currency: fact.currency }, now);
    const refused = notRenewable(subscription);
    if (!refused) {
      // The renewal adds the new period's charge to these: the period is charged and paid in one transaction.
      const parts = deps.ledger.entryParts(entry);
      try {
        // The subscription as read above first; read again only if it changed meanwhile (onLatest's retry).
        let reads = 0;
        const read = async () => (reads++ === 0 ? subscription : ((await deps.subscriptions.get(subscription.userId, subscription.id)) ?? subscription));
        await onLatest(read, (latest) => renewSubscription(deps, latest, { parts, events: [succeeded] }));
        return { outcome: 'applied', transactionId: entry.id };
      } catch (error) {
        // This payment's own entry exists: another delivery of the event recorded it (and renewed) first.
        if (isCommitPartRejected(error) && parts.includes(error.part)) return { outcome: 'duplicate' };
        throw error;
      }
    }
    entry.note = refused;
    events = [succeeded];
  } else if (fact.kind === 'payment-failed') {
    // Dunning: the attempt and the next retry, and after the last one when the period (and so the suspension) comes.
    const dunning = fact.dunning && { ...fact.dunning, ...(fact.dunning.finalAttempt && subscription.currentPeriodEnd ? { suspendsAt: subscription.currentPeriodEnd } : {}) };
    events = [domainEvent('payment.failed', { ...scope, reason: fact.reason ?? 'The payment failed.', ...dunning }, now)];
  } else {
    events = [domainEvent('payment.refunded', { ...scope, amount: fact.amount, currency: fact.currency }, now)];
  }
  const outcome = await deps.ledger.record(entry, events);
  return outcome === 'duplicate' ? { outcome } : { outcome: 'recorded', transactionId: entry.id };
};
