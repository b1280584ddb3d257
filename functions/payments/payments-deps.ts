import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { secretsManagerSecret } from '../../shared/inbound-webhooks/secrets-manager-secret';
import { dynamoBillingCustomerStore } from '../../shared/payments/dynamo-billing-customer-store';
import type { PaymentsDeps } from '../../shared/payments/payments-deps';
import { paymentsEnvironmentSchema } from '../../shared/payments/payments-environment';
import { stripePaymentProvider } from '../../shared/payments/stripe-payment-provider';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/**
 * Built on first use and kept for the life of the Lambda container. The Stripe key is the value itself
 * locally (STRIPE_API_KEY, beside STRIPE_API_URL for stripe-mock) or read from Secrets Manager in AWS
 * (STRIPE_API_KEY_ARN), as the payments hook reads its signing secret; neither: payments are off (503).
 */
export const paymentsDeps = once((): PaymentsDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const payments = loadConfig(paymentsEnvironmentSchema);
  const db = dynamoDocumentClient();
  const { STRIPE_API_KEY: key, STRIPE_API_KEY_ARN: arn } = payments;
  const apiKey = key ? async () => key : arn ? secretsManagerSecret(arn, payments.STRIPE_SECRET_CACHE_SECONDS) : undefined;
  return {
    provider: apiKey && stripePaymentProvider({ apiKey, apiUrl: payments.STRIPE_API_URL }),
    customers: dynamoBillingCustomerStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    prices: payments.STRIPE_PRICES,
    urls: { success: payments.CHECKOUT_SUCCESS_URL, cancel: payments.CHECKOUT_CANCEL_URL, portalReturn: payments.PORTAL_RETURN_URL },
  };
});
