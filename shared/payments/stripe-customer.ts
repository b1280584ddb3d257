import { notFound } from '../errors/app-error';
import type { BillingCustomerStore } from './billing-customer-store';
import type { PaymentProvider } from './payment-provider';

/**
 * The account's Stripe customer, made on first need (the first checkout or portal visit) and kept on the
 * account, so there is one per account. The create's idempotency key is the account's id: two requests that
 * race make one customer at Stripe (within Stripe's 24 h key window), and the conditional write keeps one id.
 */
export const ensureStripeCustomer = async (deps: { provider: PaymentProvider; customers: BillingCustomerStore }, userId: string): Promise<string> => {
  const account = await deps.customers.get(userId);
  if (!account) throw notFound('The account');
  if (account.stripeCustomerId) return account.stripeCustomerId;
  const created = await deps.provider.createCustomer({ userId, email: account.email, name: account.name }, `paas-customer-${userId}`);
  const kept = await deps.customers.setIfAbsent(userId, created.id);
  if (!kept) throw notFound('The account');
  return kept;
};
