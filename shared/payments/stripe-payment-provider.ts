import Stripe from 'stripe';
import { AppError } from '../errors/app-error';
import { SUBSCRIPTION_METADATA_KEY } from '../billing/stripe-events';
import type { CheckoutInput, PaymentProvider } from './payment-provider';

/** The metadata key naming the platform's account on Stripe objects (the customer, sessions). */
export const USER_METADATA_KEY = 'userId';

export interface StripeProviderOptions {
  /** The secret key, read when a call is made (Secrets Manager in AWS: a rotation shows within its cache). */
  apiKey: () => Promise<string>;
  /** Another API base than api.stripe.com (stripe-mock): `http://127.0.0.1:12111`. */
  apiUrl?: string;
}

/**
 * Stripe's failures as the platform's: unreachable, rate limited or failing on its side is a 503 the client
 * may retry; a key Stripe refuses is a platform problem, told as "payments unavailable" (never the key).
 * Anything else (a request Stripe finds invalid) is the platform's bug: passed on as an internal error.
 */
const mapped = (error: unknown): unknown => {
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError || error instanceof Stripe.errors.StripeRateLimitError) {
    return new AppError('dependency-unavailable', 'Stripe is unavailable just now; retry shortly.', { cause: error });
  }
  if (error instanceof Stripe.errors.StripeAuthenticationError || error instanceof Stripe.errors.StripePermissionError) {
    // No cause kept: a refusal's message may quote the key it refused (stripe-mock's does; Stripe masks it).
    return new AppError('dependency-unavailable', 'Payments are unavailable: the platform could not authenticate with Stripe.');
  }
  return error;
};

const call = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw mapped(error);
  }
};

const lineItem = (price: CheckoutInput['price']) =>
  'priceId' in price
    ? { price: price.priceId, quantity: 1 }
    : {
        quantity: 1,
        price_data: {
          currency: price.currency.toLowerCase(),
          unit_amount: price.amount,
          product_data: { name: price.productName },
          ...(price.interval ? { recurring: { interval: price.interval } } : {}),
        },
      };

/**
 * The payment provider on Stripe's official library. One client per key (kept while the key is the same).
 * The platform's ids go into the metadata of every object it makes: the customer names the account; the
 * Checkout Session, and the subscription or payment intent it creates, name the platform's subscription, so
 * the `invoice.paid` / `payment_intent.succeeded` events those produce renew it (shared/billing/apply-payment.ts).
 */
export const stripePaymentProvider = (options: StripeProviderOptions): PaymentProvider => {
  let client: { key: string; stripe: Stripe } | undefined;
  const stripe = async () => {
    const key = await options.apiKey();
    if (client?.key !== key) {
      const url = options.apiUrl ? new URL(options.apiUrl) : undefined;
      client = {
        key,
        stripe: new Stripe(key, {
          maxNetworkRetries: 2,
          telemetry: false,
          ...(url ? { host: url.hostname, port: url.port || (url.protocol === 'https:' ? 443 : 80), protocol: url.protocol === 'https:' ? 'https' : 'http' } : {}),
        }),
      };
    }
    return client.stripe;
  };

  return {
    createCustomer: (input, idempotencyKey) =>
      call(async () => {
        const customer = await (await stripe()).customers.create(
          { email: input.email, name: input.name, metadata: { [USER_METADATA_KEY]: input.userId } },
          { idempotencyKey },
        );
        return { id: customer.id };
      }),

    createCheckoutSession: (input) =>
      call(async () => {
        const metadata = { [SUBSCRIPTION_METADATA_KEY]: input.subscriptionId, [USER_METADATA_KEY]: input.userId };
        const session = await (await stripe()).checkout.sessions.create(
          {
            mode: input.mode,
            customer: input.customerId,
            client_reference_id: input.subscriptionId,
            line_items: [lineItem(input.price)],
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            metadata,
            // The objects the session makes carry it too: their invoices and payments name the subscription.
            ...(input.mode === 'subscription' ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
          },
          { idempotencyKey: input.idempotencyKey },
        );
        if (!session.url) throw new Error(`Stripe answered Checkout Session ${session.id} without a url`);
        return { id: session.id, url: session.url };
      }),

    createPortalSession: (input) =>
      call(async () => {
        const session = await (await stripe()).billingPortal.sessions.create({ customer: input.customerId, return_url: input.returnUrl }, { idempotencyKey: input.idempotencyKey });
        return { url: session.url };
      }),
  };
};
