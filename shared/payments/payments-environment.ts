import * as z from 'zod';

/**
 * The stack setting `stripePrices` (and the variable STRIPE_PRICES): which Stripe price each plan is sold at,
 * `{"<serviceSlug>/<planId>": "price_…"}`. A plan left out is sold at its catalog price and billing period,
 * sent to Stripe inline (`price_data`), so the catalog stays the truth of what a plan costs.
 */
export const stripePricesSchema = z
  .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <serviceSlug>/<planId>'), z.string().regex(/^price_[A-Za-z0-9_]{1,250}$/, 'must be a Stripe price id (price_…)'))
  .default({});

const jsonPrices = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text) return {};
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON: {"<serviceSlug>/<planId>": "price_…"}' });
      return z.NEVER;
    }
  })
  .pipe(stripePricesSchema);

/**
 * The environment of the two payment routes (checkout, portal). The API key is the value itself locally and
 * in tests (STRIPE_API_KEY, with STRIPE_API_URL pointing at stripe-mock), or in AWS the Secrets Manager
 * secret holding it (STRIPE_API_KEY_ARN, set by the stack on those functions alone), read as the payments
 * hook reads its signing secret. Neither set: payments are off and the routes answer 503 saying so.
 */
export const paymentsEnvironmentSchema = z.object({
  STRIPE_API_KEY: z.string().min(1).optional(),
  STRIPE_API_KEY_ARN: z.string().min(1).optional(),
  /** Another Stripe API base than api.stripe.com: stripe-mock's `http://127.0.0.1:<port>` (local runtime, tests). */
  STRIPE_API_URL: z.url().optional(),
  STRIPE_PRICES: jsonPrices,
  /** Where Stripe sends the customer back after Checkout (paid or not) and from the Customer Portal. */
  CHECKOUT_SUCCESS_URL: z.url().default('https://paas-platform.example/billing/checkout-complete?session_id={CHECKOUT_SESSION_ID}'),
  CHECKOUT_CANCEL_URL: z.url().default('https://paas-platform.example/billing/checkout-cancelled'),
  PORTAL_RETURN_URL: z.url().default('https://paas-platform.example/billing'),
  /** Seconds a key read from Secrets Manager is kept before it is read again (a rotation shows within this). */
  STRIPE_SECRET_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
});

export type PaymentsEnvironment = z.output<typeof paymentsEnvironmentSchema>;

/** What the 503 says when payments are off: locally, how to turn them on. */
export const PAYMENTS_OFF_MESSAGE =
  'Payments are not configured on this platform. Locally: run `npm run stripe-mock:build`, then restart `npm start` (it starts stripe-mock and points the platform at it). In AWS: put the Stripe secret key into the stack\'s StripeApiKey secret.';
