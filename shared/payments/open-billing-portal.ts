import { ulid } from 'ulid';
import { type PaymentsDeps, providerOf } from './payments-deps';
import { ensureStripeCustomer } from './stripe-customer';

/** POST /v1/billing/portal: a Stripe Customer Portal session for the caller's customer (made on first need). */
export const openBillingPortal = async (deps: PaymentsDeps, userId: string): Promise<{ url: string }> => {
  const provider = providerOf(deps);
  const customerId = await ensureStripeCustomer({ provider, customers: deps.customers }, userId);
  return provider.createPortalSession({ customerId, returnUrl: deps.urls.portalReturn, idempotencyKey: `paas-portal-${userId}-${ulid()}` });
};
