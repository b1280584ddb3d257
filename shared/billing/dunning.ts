/**
 * Dunning: what a failed payment means for the customer, as Stripe's retry schedule says it. Stripe retries a
 * subscription's unpaid invoice on the schedule set in its dashboard (Smart Retries, or fixed days), and each
 * `invoice.payment_failed` carries the attempt (`attempt_count`) and the next retry (`next_payment_attempt`,
 * null after the last). The platform tells the customer each step (payment.failed: notification, email,
 * webhooks); after the last attempt the platform's own last step applies unchanged: at the period's end the
 * expiry job suspends the subscription, and it expires a grace period later unless a payment comes first.
 */
export interface DunningStep {
  /** 1 for the first attempt that failed. */
  attempt: number;
  /** When Stripe tries again; absent after the last attempt. */
  nextRetryAt?: string;
  /** No retry follows: what is unpaid stays unpaid unless the customer pays (portal, checkout). */
  finalAttempt: boolean;
}

export const dunningStepOf = (invoice: { attempt_count?: number; next_payment_attempt?: number | null }): DunningStep | undefined => {
  if (invoice.attempt_count === undefined || invoice.attempt_count < 1) return undefined;
  const next = invoice.next_payment_attempt ? new Date(invoice.next_payment_attempt * 1000).toISOString() : undefined;
  return { attempt: invoice.attempt_count, ...(next ? { nextRetryAt: next } : {}), finalAttempt: !next };
};

/** The customer's words for a step, used by the notification (and so the email). */
export const dunningSentence = (detail: { attempt?: number; nextRetryAt?: string; finalAttempt?: boolean; suspendsAt?: string }, formatTime: (iso: string) => string): string => {
  if (detail.attempt === undefined) return '';
  const retry = detail.nextRetryAt ? ` It is tried again on ${formatTime(detail.nextRetryAt)}.` : '';
  const last = detail.finalAttempt
    ? ` That was the last attempt: unless it is paid${detail.suspendsAt ? ` by ${formatTime(detail.suspendsAt)}` : ''}, the subscription is suspended at the end of its period and expires after the grace period.`
    : '';
  return ` Attempt ${detail.attempt} failed.${retry}${last}`;
};
