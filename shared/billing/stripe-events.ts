import * as z from 'zod';
import { validationError } from '../errors/app-error';
import { fieldErrorsOf } from '../http/zod-issues';
import { type DunningStep, dunningStepOf } from './dunning';

/**
 * The metadata key, on the object of a Stripe event (invoice, payment intent, refund), that names the
 * platform's subscription it pays for. For Stripe Billing invoices the subscription's own metadata is read
 * too (`parent.subscription_details.metadata`, or `subscription_details.metadata` in older API versions).
 */
export const SUBSCRIPTION_METADATA_KEY = 'subscriptionId';

const metadata = z.record(z.string(), z.string()).nullish();

/**
 * A Stripe event as its webhook delivers it. Checked here: the envelope (id, type, time, the object); each
 * object the platform acts on is checked by its own schema below, so an event type it ignores is never
 * refused for a shape it does not know.
 */
export const stripeEventSchema = z
  .looseObject({
    id: z.string().regex(/^evt_[A-Za-z0-9_]{1,250}$/, 'must be a Stripe event id (evt_…)').meta({ example: 'evt_1QabCdEfGhIjKlMn' }),
    object: z.literal('event').meta({ example: 'event' }),
    type: z.string().min(1).max(100).meta({ example: 'invoice.paid' }),
    created: z.number().int().positive().meta({ description: 'Unix seconds', example: 1767225600 }),
    livemode: z.boolean().optional(),
    data: z.looseObject({ object: z.looseObject({}) }),
  })
  .meta({ id: 'StripeEvent', description: 'A Stripe webhook event (snapshot payload).' });

export type StripeEvent = z.infer<typeof stripeEventSchema>;

const currency = z.string().regex(/^[a-zA-Z]{3}$/, 'must be a currency code');
const amount = z.number().int().min(0);
const objectId = z.string().min(1).max(255);

const invoiceSchema = z.looseObject({
  id: objectId,
  currency,
  amount_paid: amount.optional(),
  amount_due: amount.optional(),
  // Dunning (dunning.ts): which attempt failed, and when Stripe tries again (null after the last).
  attempt_count: z.number().int().min(0).optional(),
  next_payment_attempt: z.number().int().positive().nullish(),
  metadata,
  subscription_details: z.looseObject({ metadata }).nullish(),
  parent: z.looseObject({ subscription_details: z.looseObject({ metadata }).nullish() }).nullish(),
});
const paymentIntentSchema = z.looseObject({
  id: objectId,
  currency,
  amount,
  amount_received: amount.optional(),
  metadata,
  last_payment_error: z.looseObject({ message: z.string().optional(), code: z.string().optional() }).nullish(),
});
const refundSchema = z.looseObject({ id: objectId, currency, amount, metadata, status: z.string().nullish() });

/** What a money event means for the ledger, read from its object. */
export interface PaymentFact {
  kind: 'payment' | 'payment-failed' | 'refund';
  amount: number;
  currency: string;
  subscriptionId?: string;
  reference: string;
  /** For a failure: why, as the provider says it. */
  reason?: string;
  /** For a failed invoice: the step of Stripe's retry schedule it is. */
  dunning?: DunningStep;
}

const objectOf = <S extends z.ZodType>(event: StripeEvent, schema: S): z.output<S> => {
  const parsed = schema.safeParse(event.data.object);
  if (!parsed.success) throw validationError(fieldErrorsOf('body.data.object', parsed.error), `The ${event.type} event's object is not what Stripe sends.`);
  return parsed.data;
};

const subscriptionIdOf = (...sources: (Record<string, string> | null | undefined)[]) => sources.map((source) => source?.[SUBSCRIPTION_METADATA_KEY]).find(Boolean);

/**
 * The events that move money (API.md and the README's contract): `invoice.paid` and `payment_intent.succeeded`
 * are payments, `invoice.payment_failed` and `payment_intent.payment_failed` failed payments, `refund.created`
 * a refund (unless it failed at once). Every other event type is none of the platform's business: undefined,
 * acknowledged and ignored. Endpoints should send either the invoice events (Stripe Billing) or the payment
 * intent ones (one-off payments), not both, or a payment is recorded twice under two event ids.
 */
export const paymentFactOf = (event: StripeEvent): PaymentFact | undefined => {
  switch (event.type) {
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = objectOf(event, invoiceSchema);
      const failed = event.type === 'invoice.payment_failed';
      return {
        kind: failed ? 'payment-failed' : 'payment',
        amount: (failed ? invoice.amount_due : invoice.amount_paid) ?? 0,
        currency: invoice.currency.toUpperCase(),
        subscriptionId: subscriptionIdOf(invoice.metadata, invoice.parent?.subscription_details?.metadata, invoice.subscription_details?.metadata),
        reference: invoice.id,
        ...(failed ? { reason: 'The invoice could not be paid.' } : {}),
        ...(failed && dunningStepOf(invoice) ? { dunning: dunningStepOf(invoice) } : {}),
      };
    }
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed': {
      const intent = objectOf(event, paymentIntentSchema);
      const failed = event.type === 'payment_intent.payment_failed';
      return {
        kind: failed ? 'payment-failed' : 'payment',
        amount: failed ? intent.amount : (intent.amount_received ?? intent.amount),
        currency: intent.currency.toUpperCase(),
        subscriptionId: subscriptionIdOf(intent.metadata),
        reference: intent.id,
        ...(failed ? { reason: (intent.last_payment_error?.message ?? intent.last_payment_error?.code ?? 'The payment failed.').slice(0, 300) } : {}),
      };
    }
    case 'refund.created': {
      const refund = objectOf(event, refundSchema);
      if (refund.status === 'failed' || refund.status === 'canceled') return undefined;
      return { kind: 'refund', amount: refund.amount, currency: refund.currency.toUpperCase(), subscriptionId: subscriptionIdOf(refund.metadata), reference: refund.id };
    }
    default:
      return undefined;
  }
};
