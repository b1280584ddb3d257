import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { paymentRoutes } from '../../../functions/payments/payment-routes';
import { acknowledge } from '../nag-acknowledgements';
import type { PlatformFunction } from './platform-function';

export interface StripeApiKeyProps {
  functions: readonly PlatformFunction[];
  /** The stack's `stripePrices`: `<serviceSlug>/<planId>` → Stripe price id, passed as STRIPE_PRICES. */
  prices: Readonly<Record<string, string>>;
  /** Where Stripe sends the customer back (Checkout's success and cancel pages, the portal's return); unset: the functions' defaults. */
  urls: { checkoutSuccess?: string; checkoutCancel?: string; portalReturn?: string };
  deletionProtection: boolean;
}

/** The handlers that call Stripe's API: the payment routes (functions/payments/payment-routes.ts). */
export const stripeHandlers: readonly string[] = paymentRoutes.map((route) => route.handler);

/**
 * The Stripe secret key in Secrets Manager (README "Paying through the platform"): the operator puts the
 * account's `sk_live_…` (or `sk_test_…`) key into it after the first deploy; until then it holds a generated
 * placeholder Stripe refuses, and checkout and portal answer 503. Only the payment functions learn its ARN,
 * and may read this secret and no other; they read it as the payments hook reads its signing secret
 * (Powertools Parameters, cached per container). The prices and return URLs go to them as variables.
 */
export class StripeApiKey extends Construct {
  readonly secret?: Secret;

  constructor(scope: Construct, id: string, props: StripeApiKeyProps) {
    super(scope, id);
    const users = props.functions.filter(({ handlerModules }) => handlerModules.some((module) => stripeHandlers.includes(module)));
    if (users.length === 0) return;
    const secret = new Secret(this, 'Secret', {
      description: "Stripe secret API key of checkout and the billing portal: put the account's sk_live_ (or sk_test_) key here",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledge(secret, 'Stripe issues and rolls the key in its dashboard; a rotation function cannot change it there: rolling it is the manual change of docs/runbook.md "Rotating the Stripe API key".', 'AwsSolutions-SMG4');
    for (const user of users) {
      user.function.addEnvironment('STRIPE_API_KEY_ARN', secret.secretArn);
      user.function.addEnvironment('STRIPE_PRICES', JSON.stringify(props.prices));
      if (props.urls.checkoutSuccess) user.function.addEnvironment('CHECKOUT_SUCCESS_URL', props.urls.checkoutSuccess);
      if (props.urls.checkoutCancel) user.function.addEnvironment('CHECKOUT_CANCEL_URL', props.urls.checkoutCancel);
      if (props.urls.portalReturn) user.function.addEnvironment('PORTAL_RETURN_URL', props.urls.portalReturn);
      user.function.addToRolePolicy(new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
    }
    this.secret = secret;
  }
}
