import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';
import { paymentSessionLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';

const tags = ['Payments'];
const idParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') });
const sessionUrlSchema = z
  // A string, not a checked URI: the URL is Stripe's, passed on as Stripe gives it (stripe-mock's portal fixture
  // even carries a `{SESSION_SECRET}` placeholder, which the contract fuzzer found failing a `uri` format).
  .object({ url: z.string().meta({ description: "Stripe's page to send the customer to", example: 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3' }) })
  .meta({ id: 'PaymentSessionUrl' });
const paymentsOff =
  'Payments are not configured (no Stripe key): the problem says how to turn them on (locally: npm run stripe-mock:build, then npm start). Also when Stripe is unreachable.';

export const startCheckoutRoute = defineRoute({
  operationId: 'startCheckout',
  method: 'POST',
  path: '/v1/subscriptions/{id}/checkout',
  handler: 'payments/start-checkout',
  auth: 'customer',
  summary: "A Stripe Checkout Session paying the subscription's plan; its payments renew the subscription",
  tags,
  request: { params: idParams },
  responses: { 200: { description: "The Checkout Session's URL: send the customer there.", schema: sessionUrlSchema } },
  errors: { 404: 'No such subscription of the caller.', 409: 'The subscription ended (cancelled, expired, failed) or an administrator suspended it.', 503: paymentsOff },
  rateLimit: countedLimit(paymentSessionLimit),
});

export const openBillingPortalRoute = defineRoute({
  operationId: 'openBillingPortal',
  method: 'POST',
  path: '/v1/billing/portal',
  handler: 'payments/open-billing-portal',
  auth: 'customer',
  summary: 'A Stripe Customer Portal session to manage cards and invoices',
  tags,
  responses: { 200: { description: "The portal session's URL: send the customer there.", schema: sessionUrlSchema } },
  errors: { 503: paymentsOff },
  rateLimit: countedLimit(paymentSessionLimit),
});

export const paymentRoutes = [startCheckoutRoute, openBillingPortalRoute];
