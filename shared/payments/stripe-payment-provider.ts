import { AppError } from '../errors/app-error';
import { SUBSCRIPTION_METADATA_KEY } from '../billing/stripe-events';
import type { CheckoutInput, PaymentProvider } from './payment-provider';
import { stripeApi, StripeConnectionError, type StripeParams, StripeRequestError } from './stripe-api';

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
  if (error instanceof StripeRequestError) {
    if (error.status === 401 || error.status === 403) {
      // No cause kept: a refusal's message may quote the key it refused (stripe-mock's does; Stripe masks it).
      return new AppError('dependency-unavailable', 'Payments are unavailable: the platform could not authenticate with Stripe.');
    }
    if (error.status === 429 || error.status >= 500) return new AppError('dependency-unavailable', 'Stripe is unavailable just now; retry shortly.', { cause: error });
    return error;
  }
  if (error instanceof StripeConnectionError) return new AppError('dependency-unavailable', 'Stripe is unavailable just now; retry shortly.', { cause: error });
  return error;
};

const call = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw mapped(error);
  }
};

/** A string field of Stripe's answer, or a failure that names the object and the field it lacked. */
const field = (object: Record<string, unknown>, name: string, what: string): string => {
  const value = object[name];
  if (typeof value !== 'string' || !value) throw new Error(`Stripe answered ${what} ${String(object.id)} without a ${name}`);
  return value;
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
 * The payment provider on Stripe's REST API (stripe-api.ts). The key is read at every call, so a rotated one
 * is used as soon as the secret's cache shows it. The platform's ids go into the metadata of every object it
 * makes: the customer names the account; the Checkout Session, and the subscription or payment intent it
 * creates, name the platform's subscription, so the `invoice.paid` / `payment_intent.succeeded` events those
 * produce renew it (shared/billing/apply-payment.ts).
 */
export const stripePaymentProvider = (options: StripeProviderOptions): PaymentProvider => {
  const api = stripeApi({ apiUrl: options.apiUrl });
  const create = async (path: string, params: StripeParams, idempotencyKey: string) => api.create(await options.apiKey(), path, params, idempotencyKey);

  return {
    createCustomer: (input, idempotencyKey) =>
      call(async () => {
        const customer = await create('/v1/customers', { email: input.email, name: input.name, metadata: { [USER_METADATA_KEY]: input.userId } }, idempotencyKey);
        return { id: field(customer, 'id', 'a customer') };
      }),

    createCheckoutSession: (input) =>
      call(async () => {
        const metadata = { [SUBSCRIPTION_METADATA_KEY]: input.subscriptionId, [USER_METADATA_KEY]: input.userId };
        const session = await create(
          '/v1/checkout/sessions',
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
          input.idempotencyKey,
        );
        return { id: field(session, 'id', 'a Checkout Session'), url: field(session, 'url', 'Checkout Session') };
      }),

    createPortalSession: (input) =>
      call(async () => {
        const session = await create('/v1/billing_portal/sessions', { customer: input.customerId, return_url: input.returnUrl }, input.idempotencyKey);
        return { url: field(session, 'url', 'Customer Portal session') };
      }),
  };
};
