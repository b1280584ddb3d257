/**
 * The payment provider port (Stripe: stripe-payment-provider.ts). Every create carries an idempotency key,
 * so a retried call (the library's own network retries, or ours) makes one object, not two.
 */
export interface PaymentCustomerInput {
  userId: string;
  email: string;
  name: string;
}

export interface CheckoutInput {
  customerId: string;
  /** The platform's subscription: in the session's metadata and in the payments' (so the hook renews it). */
  subscriptionId: string;
  userId: string;
  /** Recurring plans are sold as a Stripe subscription (mode `subscription`), one-off ones as a payment. */
  mode: 'subscription' | 'payment';
  /** A Stripe price id from the stack's settings, or the plan's own price sent inline. */
  price: { priceId: string } | { amount: number; currency: string; interval?: 'month' | 'year'; productName: string };
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
}

export interface PaymentProvider {
  createCustomer(input: PaymentCustomerInput, idempotencyKey: string): Promise<{ id: string }>;
  createCheckoutSession(input: CheckoutInput): Promise<{ id: string; url: string }>;
  createPortalSession(input: { customerId: string; returnUrl: string; idempotencyKey: string }): Promise<{ url: string }>;
}
