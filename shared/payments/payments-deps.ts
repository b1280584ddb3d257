import { AppError } from '../errors/app-error';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { BillingCustomerStore } from './billing-customer-store';
import type { PaymentProvider } from './payment-provider';
import { PAYMENTS_OFF_MESSAGE } from './payments-environment';

export interface PaymentsDeps {
  /** Undefined when payments are off (no Stripe key configured): the routes answer 503 saying how to turn them on. */
  provider: PaymentProvider | undefined;
  customers: BillingCustomerStore;
  subscriptions: Pick<SubscriptionStore, 'get'>;
  /** The stack's `stripePrices`: `<serviceSlug>/<planId>` → Stripe price id. */
  prices: Readonly<Record<string, string>>;
  urls: { success: string; cancel: string; portalReturn: string };
}

export const paymentsOff = () => new AppError('dependency-unavailable', PAYMENTS_OFF_MESSAGE);

export const providerOf = (deps: PaymentsDeps): PaymentProvider => {
  if (!deps.provider) throw paymentsOff();
  return deps.provider;
};
