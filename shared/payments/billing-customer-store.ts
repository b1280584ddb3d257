/**
 * Where an account's payment-provider customer id is kept: on the account's own item, so it is made once per
 * account and goes with the account. The DynamoDB adapter is dynamo-billing-customer-store.ts.
 */
export interface BillingCustomerStore {
  /** The account's email, name and Stripe customer id (when one was made), or undefined for no account. */
  get(userId: string): Promise<{ email: string; name: string; stripeCustomerId?: string } | undefined>;
  /**
   * Records the id unless the account already has one; answers the one it keeps (another request's, when two
   * raced), or undefined when the account is gone.
   */
  setIfAbsent(userId: string, stripeCustomerId: string): Promise<string | undefined>;
}
