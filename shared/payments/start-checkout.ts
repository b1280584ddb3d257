import { ulid } from 'ulid';
import { conflict, notFound } from '../errors/app-error';
import type { Subscription } from '../subscriptions/subscription';
import type { CheckoutInput } from './payment-provider';
import { type PaymentsDeps, providerOf } from './payments-deps';
import { ensureStripeCustomer } from './stripe-customer';

/** Whether a subscription can be paid for now: not once it ended, nor while an administrator holds it. */
const notPayable = (subscription: Subscription): string | undefined => {
  if (['CANCELLED', 'EXPIRED', 'FAILED'].includes(subscription.status)) return `The subscription is ${subscription.status}: there is nothing to pay for.`;
  if (subscription.status === 'SUSPENDED' && subscription.suspendedReason === 'admin') return 'The subscription was suspended by an administrator; a payment would not resume it.';
  return undefined;
};

/** Its plan's price: the Stripe price the stack maps it to, else the catalog price sent inline. */
const priceOf = (deps: PaymentsDeps, subscription: Subscription): CheckoutInput['price'] => {
  const priceId = deps.prices[`${subscription.serviceSlug}/${subscription.planId}`];
  if (priceId) return { priceId };
  return { amount: subscription.price.amount, currency: subscription.price.currency, interval: subscription.billingPeriod, productName: `${subscription.serviceSlug} (${subscription.planId})` };
};

/**
 * POST /v1/subscriptions/{id}/checkout: a Stripe Checkout Session paying the subscription's plan, for the
 * caller's Stripe customer (made on first need). Another customer's subscription is not found (404), before
 * anything is asked of Stripe. The plan's billing period makes it a Stripe subscription, so each period's
 * invoice carries the subscription's id and its `invoice.paid` renews it.
 */
export const startCheckout = async (deps: PaymentsDeps, userId: string, subscriptionId: string): Promise<{ url: string }> => {
  const subscription = await deps.subscriptions.get(userId, subscriptionId);
  if (!subscription) throw notFound('The subscription');
  const provider = providerOf(deps);
  const refused = notPayable(subscription);
  if (refused) throw conflict(refused);
  const customerId = await ensureStripeCustomer({ provider, customers: deps.customers }, userId);
  const session = await provider.createCheckoutSession({
    customerId,
    subscriptionId: subscription.id,
    userId,
    mode: 'subscription',
    price: priceOf(deps, subscription),
    successUrl: deps.urls.success,
    cancelUrl: deps.urls.cancel,
    // A fresh session per request (one expires after a day); the key makes the library's own retries safe.
    idempotencyKey: `paas-checkout-${subscription.id}-${ulid()}`,
  });
  return { url: session.url };
};
