import { applyPaymentEvent } from '../../shared/billing/apply-payment';
import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { signatureHeaders } from '../../shared/inbound-webhooks/inbound-sources';
import { verifyStripeSignature } from '../../shared/inbound-webhooks/stripe-signature';
import { subscriptionClusterDeps } from '../subscriptions/cluster-deps';
import { hookDeps } from './hook-deps';
import { paymentsHookRoute } from './hook-routes';
import { hookAuthenticator } from './hook-verifiers';

/** Stripe's scheme on the raw body (stripe-signature.ts). */
const authenticator = hookAuthenticator('payments', [signatureHeaders.stripe], (toleranceSeconds) => ({ rawBody, event, secret, now }) =>
  verifyStripeSignature({ rawBody, header: headerOf(event, signatureHeaders.stripe), secret, toleranceSeconds, now }),
);

/** Renewing a subscription suspended for payment resumes its workloads, so this function carries the cluster. */
export const handler = httpHandler(
  paymentsHookRoute,
  async ({ body }) => ({ status: 200, body: { received: true, ...(await applyPaymentEvent({ ...subscriptionClusterDeps(), ledger: hookDeps().ledger }, body)) } }),
  { authenticator },
);
