import { describe, expect, it } from 'vitest';
import { dunningSentence, dunningStepOf } from '../../../shared/billing/dunning';
import { paymentFactOf, type StripeEvent } from '../../../shared/billing/stripe-events';
import { notificationTable } from '../../../shared/notifications/notification-table';

const failedInvoice = (extra: Record<string, unknown>): StripeEvent => ({
  id: 'evt_dunning',
  object: 'event',
  type: 'invoice.payment_failed',
  created: 1767225600,
  data: { object: { id: 'in_1', currency: 'eur', amount_due: 1900, metadata: { subscriptionId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P' }, ...extra } },
});

describe('dunning steps read from a failed invoice', () => {
  it('an attempt with a retry ahead: its number and the retry date, not final', () => {
    expect(dunningStepOf({ attempt_count: 2, next_payment_attempt: 1767484800 })).toEqual({ attempt: 2, nextRetryAt: '2026-01-04T00:00:00.000Z', finalAttempt: false });
  });

  it('the last attempt (no next_payment_attempt): final, no retry date', () => {
    expect(dunningStepOf({ attempt_count: 4, next_payment_attempt: null })).toEqual({ attempt: 4, finalAttempt: true });
  });

  it('an invoice without attempt_count (older events) has no step, and the fact none', () => {
    expect(dunningStepOf({})).toBeUndefined();
    expect(paymentFactOf(failedInvoice({}))?.dunning).toBeUndefined();
  });

  it('invoice.payment_failed carries its step into the payment fact', () => {
    expect(paymentFactOf(failedInvoice({ attempt_count: 1, next_payment_attempt: 1767484800 }))).toMatchObject({
      kind: 'payment-failed',
      dunning: { attempt: 1, nextRetryAt: '2026-01-04T00:00:00.000Z', finalAttempt: false },
    });
  });

  it('a negative attempt_count is refused as not what Stripe sends', () => {
    expect(() => paymentFactOf(failedInvoice({ attempt_count: -1 }))).toThrow(/not what Stripe sends/);
  });
});

describe('the payment.failed notification tells the customer the schedule', () => {
  const text = notificationTable['payment.failed'].text;
  const base = { userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', subscriptionId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0Q', reason: 'The invoice could not be paid.' };

  it('names the attempt and when it is tried again', () => {
    const said = text({ ...base, attempt: 1, nextRetryAt: '2026-01-04T00:00:00.000Z', finalAttempt: false } as never);
    expect(said).toContain('Attempt 1 failed.');
    expect(said).toContain('tried again on 2026-01-04 00:00 UTC');
    expect(said).not.toContain('last attempt');
  });

  it('after the last attempt: says so, and when the suspension comes', () => {
    const said = text({ ...base, attempt: 4, finalAttempt: true, suspendsAt: '2027-01-31T00:00:00.000Z' } as never);
    expect(said).toContain('That was the last attempt');
    expect(said).toContain('2027-01-31');
    expect(said).toContain('suspended at the end of its period');
  });

  it('a failure without a step reads as before, one sentence per fact', () => {
    expect(text(base as never)).toBe(`A payment for subscription ${base.subscriptionId} failed: The invoice could not be paid. Update your payment details (POST /v1/billing/portal) to keep the subscription active.`);
    expect(dunningSentence({}, String)).toBe('');
  });
});
