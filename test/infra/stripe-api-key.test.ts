import { describe, expect, it } from 'vitest';
import { stripeHandlers } from '../../infra/aws/constructs/stripe-api-key';
import { handlersOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const context = { stripePrices: { 'n8n/starter': 'price_1Starter' }, checkoutSuccessUrl: 'https://console.example/paid' };
const { template } = synthPlatformStack({ context });
const functions = resourcesOf(template, 'AWS::Lambda::Function');
const variablesOf = (fn: { Properties?: Record<string, any> }) => (fn.Properties!.Environment?.Variables ?? {}) as Record<string, unknown>;
const stripeSecrets = resourcesOf(template, 'AWS::SecretsManager::Secret').filter(([id]) => id.startsWith('StripeApiKey'));

describe('the Stripe API key', () => {
  it('is one generated Secrets Manager secret, its value never in the template', () => {
    expect(stripeSecrets).toHaveLength(1);
    expect(stripeSecrets[0]![1].Properties!.GenerateSecretString).toMatchObject({ PasswordLength: 48, ExcludePunctuation: true });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/sk_(live|test)_[A-Za-z0-9]{8,}/);
  });

  it('only the payment functions learn its ARN, the prices and the return URLs', () => {
    expect(stripeHandlers).toEqual(['payments/start-checkout', 'payments/open-billing-portal']);
    for (const [, fn] of functions) {
      const variables = variablesOf(fn);
      if (handlersOf(fn).some((handler) => stripeHandlers.includes(handler))) {
        expect(variables.STRIPE_API_KEY_ARN, handlersOf(fn).join()).toEqual({ Ref: stripeSecrets[0]![0] });
        expect(JSON.parse(String(variables.STRIPE_PRICES))).toEqual(context.stripePrices);
        expect(variables.CHECKOUT_SUCCESS_URL).toBe(context.checkoutSuccessUrl);
        expect(variables.STRIPE_API_KEY).toBeUndefined();
      } else {
        expect(Object.keys(variables).filter((name) => name.startsWith('STRIPE_')), handlersOf(fn).join()).toEqual([]);
      }
    }
  });

  it('grants secretsmanager:GetSecretValue on it to the payment functions’ roles only', () => {
    const grants = resourcesOf(template, 'AWS::IAM::Policy').flatMap(([, policy]) =>
      (policy.Properties!.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .filter((statement) => JSON.stringify(statement.Resource).includes(stripeSecrets[0]![0]))
        .map((statement) => ({ statement, roles: (policy.Properties!.Roles as { Ref: string }[]).map((role) => role.Ref) })),
    );
    const paymentRoles = functions.filter(([, fn]) => handlersOf(fn).some((handler) => stripeHandlers.includes(handler))).map(([, fn]) => fn.Properties!.Role['Fn::GetAtt'][0]);
    // One function serves both payment routes (they hold the same rights): one grant per function.
    expect(paymentRoles.length).toBeGreaterThan(0);
    expect(grants.map((grant) => grant.statement.Action)).toEqual(paymentRoles.map(() => 'secretsmanager:GetSecretValue'));
    expect(grants.flatMap((grant) => grant.roles).sort()).toEqual([...paymentRoles].sort());
  });
});
