import { PutCommand } from '../../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import { beforeEach, describe, expect, it } from 'vitest';
import { STRIPE_MOCK_API_KEY } from '../../../infra/stripe-mock/start-stripe-mock';
import { entityTypes, keys } from '../../../shared/data/keys';
import { dynamoBillingCustomerStore } from '../../../shared/payments/dynamo-billing-customer-store';
import { openBillingPortal } from '../../../shared/payments/open-billing-portal';
import type { PaymentsDeps } from '../../../shared/payments/payments-deps';
import { startCheckout } from '../../../shared/payments/start-checkout';
import { stripePaymentProvider } from '../../../shared/payments/stripe-payment-provider';
import { dynamoSubscriptionStore } from '../../../shared/subscriptions/dynamo-subscription-store';
import { useDynamoDbTable } from '../../support/dynamodb';
import { paymentFixtures } from '../../support/payment-fixtures';
import { useStripeMock } from '../../support/stripe-mock';

/**
 * The Stripe adapter and the payment use cases against stripe-mock (each request checked against Stripe's
 * OpenAPI description: a request it finds invalid answers 400 and fails the test) and DynamoDB Local.
 */
const table = useDynamoDbTable('payments');
const stripe = useStripeMock();
const now = new Date('2026-03-01T12:00:00.000Z');
const { subscribed } = paymentFixtures(table, { now, periodEnd: '2026-03-20T00:00:00.000Z' });

const deps = (prices: Record<string, string> = {}): PaymentsDeps => ({
  provider: stripePaymentProvider({ apiKey: async () => STRIPE_MOCK_API_KEY, apiUrl: stripe.url() }),
  customers: dynamoBillingCustomerStore(table().doc, table().tableName),
  subscriptions: dynamoSubscriptionStore(table().doc, table().tableName),
  prices,
  urls: { success: 'https://console.example/paid?session_id={CHECKOUT_SESSION_ID}', cancel: 'https://console.example/cancelled', portalReturn: 'https://console.example/billing' },
});

/** The account item as the user store writes it (only what the payments store reads). */
const account = async (userId: string) => {
  await table().doc.send(
    new PutCommand({ TableName: table().tableName, Item: { ...keys.user(userId), type: entityTypes.user, id: userId, email: `${userId.toLowerCase()}@example.com`, name: 'Ada Lovelace', status: 'ACTIVE', version: 1 } }),
  );
};

const created = (path: string) => stripe.requests.filter((request) => request.method === 'POST' && request.path === path);

beforeEach(() => {
  stripe.requests.length = 0;
});

describe('the Stripe adapter against stripe-mock', () => {
  it("checkout: makes the account's customer once, with the account's id in its metadata and an idempotency key", async () => {
    const subscription = await subscribed();
    await account(subscription.userId);
    const first = await startCheckout(deps(), subscription.userId, subscription.id);
    const second = await startCheckout(deps(), subscription.userId, subscription.id);
    expect(first.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    expect(second.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);

    const customers = created('/v1/customers');
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      status: 200,
      form: { 'metadata[userId]': subscription.userId, email: `${subscription.userId.toLowerCase()}@example.com`, name: 'Ada Lovelace' },
      headers: { 'idempotency-key': `paas-customer-${subscription.userId}` },
    });
    const stored = await dynamoBillingCustomerStore(table().doc, table().tableName).get(subscription.userId);
    expect(stored?.stripeCustomerId).toMatch(/^cus_/);
  });

  it("checkout: a subscription-mode session for the plan's catalog price and period, the subscription's id in the session's and the subscription's metadata", async () => {
    const subscription = await subscribed();
    await account(subscription.userId);
    await startCheckout(deps(), subscription.userId, subscription.id);
    const [session] = created('/v1/checkout/sessions');
    expect(session).toMatchObject({
      status: 200,
      form: {
        mode: 'subscription',
        customer: expect.stringMatching(/^cus_/),
        client_reference_id: subscription.id,
        'metadata[subscriptionId]': subscription.id,
        'subscription_data[metadata][subscriptionId]': subscription.id,
        'line_items[0][price_data][currency]': 'eur',
        'line_items[0][price_data][unit_amount]': '1900',
        'line_items[0][price_data][recurring][interval]': 'month',
        success_url: 'https://console.example/paid?session_id={CHECKOUT_SESSION_ID}',
      },
    });
    expect(session!.headers['idempotency-key']).toMatch(new RegExp(`^paas-checkout-${subscription.id}-`));
  });

  it("checkout: the stack's price for the plan when its settings map one", async () => {
    const subscription = await subscribed({ billingPeriod: 'year', planId: 'pro-yearly' });
    await account(subscription.userId);
    await startCheckout(deps({ 'n8n/pro-yearly': 'price_1ProYearly' }), subscription.userId, subscription.id);
    const [session] = created('/v1/checkout/sessions');
    expect(session!.status).toBe(200);
    expect(session!.form['line_items[0][price]']).toBe('price_1ProYearly');
    expect(Object.keys(session!.form).some((field) => field.includes('price_data'))).toBe(false);
  });

  it("checkout for another customer's subscription: 404, and nothing asked of Stripe", async () => {
    const subscription = await subscribed();
    const stranger = ulid();
    await account(stranger);
    await expect(startCheckout(deps(), stranger, subscription.id)).rejects.toMatchObject({ type: 'not-found' });
    expect(stripe.requests).toEqual([]);
  });

  it('checkout for a cancelled subscription: 409, and nothing asked of Stripe', async () => {
    const subscription = await subscribed({ status: 'CANCELLED' });
    await account(subscription.userId);
    await expect(startCheckout(deps(), subscription.userId, subscription.id)).rejects.toMatchObject({ type: 'conflict' });
    expect(stripe.requests).toEqual([]);
  });

  it("portal: a Customer Portal session for the account's customer, the return URL and an idempotency key", async () => {
    const userId = ulid();
    await account(userId);
    const portal = await openBillingPortal(deps(), userId);
    expect(portal.url).toMatch(/^https:\/\//);
    const [session] = created('/v1/billing_portal/sessions');
    expect(session).toMatchObject({ status: 200, form: { customer: expect.stringMatching(/^cus_/), return_url: 'https://console.example/billing' } });
    expect(session!.headers['idempotency-key']).toMatch(new RegExp(`^paas-portal-${userId}-`));
    expect(created('/v1/customers')).toHaveLength(1);
  });

  it('payments off (no key): 503 that says which command turns them on', async () => {
    const userId = ulid();
    await account(userId);
    await expect(openBillingPortal({ ...deps(), provider: undefined }, userId)).rejects.toMatchObject({ type: 'dependency-unavailable', message: expect.stringContaining('npm run stripe-mock:build') });
  });

  it('Stripe unreachable: a 503 the client may retry, never the key in the message', async () => {
    const userId = ulid();
    await account(userId);
    const provider = stripePaymentProvider({ apiKey: async () => STRIPE_MOCK_API_KEY, apiUrl: 'http://127.0.0.1:9' });
    const failure = await openBillingPortal({ ...deps(), provider }, userId).catch((error: Error) => error);
    expect(failure).toMatchObject({ type: 'dependency-unavailable' });
    expect(String((failure as Error).message)).not.toContain(STRIPE_MOCK_API_KEY);
  });

  it('a key Stripe refuses: 503 "could not authenticate", the key in neither the message nor the cause\'s name', async () => {
    const userId = ulid();
    await account(userId);
    // stripe-mock refuses this key (its check wants letters and digits after sk_test_), and echoes it back in its message, as a careless server might.
    const refused = 'sk_test_stripe_mock';
    const provider = stripePaymentProvider({ apiKey: async () => refused, apiUrl: stripe.url() });
    const failure = (await openBillingPortal({ ...deps(), provider }, userId).catch((error: Error) => error)) as Error;
    expect(failure).toMatchObject({ type: 'dependency-unavailable', message: expect.stringContaining('could not authenticate with Stripe') });
    expect(failure.message).not.toContain(refused);
    expect(failure.cause).toBeUndefined();
  });
});
