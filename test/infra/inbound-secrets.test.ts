import { describe, expect, it } from 'vitest';
import { inboundHandlers } from '../../functions/hooks/hook-routes';
import { inboundVariables } from '../../shared/inbound-webhooks/inbound-environment';
import { inboundSources } from '../../shared/inbound-webhooks/inbound-sources';
import { handlersOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const ranges = { paymentsWebhookSourceRanges: '192.0.2.0/24, 198.51.100.0/24' };
const { template } = synthPlatformStack({ context: ranges });
const functions = resourcesOf(template, 'AWS::Lambda::Function');
// The inbound hooks' own; the Stripe API key's secret has its test (stripe-api-key.test.ts).
const secrets = resourcesOf(template, 'AWS::SecretsManager::Secret').filter(([id]) => id.startsWith('InboundSecrets'));
const hookOf = (source: (typeof inboundSources)[number]) => functions.find(([, fn]) => handlersOf(fn).includes(inboundHandlers[source]))!;

/** Every IAM statement that grants a secretsmanager action, with the role it is attached to. */
const secretStatements = () =>
  resourcesOf(template, 'AWS::IAM::Policy').flatMap(([, policy]) =>
    policy.Properties!.PolicyDocument.Statement.filter((s: { Action: string | string[] }) => [s.Action].flat().some((a) => a.startsWith('secretsmanager:'))).map(
      (statement: Record<string, unknown>) => ({ roles: policy.Properties!.Roles.map((role: { Ref: string }) => role.Ref), statement }),
    ),
  ).filter(({ statement }) => JSON.stringify(statement.Resource).includes('InboundSecrets'));

describe('inbound hook secrets', () => {
  it('are one generated Secrets Manager secret per source', () => {
    expect(secrets).toHaveLength(inboundSources.length);
    for (const [, secret] of secrets) expect(secret.Properties!.GenerateSecretString).toMatchObject({ PasswordLength: 48, ExcludePunctuation: true });
  });

  it('each hook function learns its own secret’s ARN, and no other function learns any', () => {
    const arnVariables = inboundSources.map((source) => inboundVariables[source].secretArn);
    for (const source of inboundSources) {
      const [, fn] = hookOf(source);
      const variables = fn.Properties!.Environment.Variables as Record<string, unknown>;
      expect(variables[inboundVariables[source].secretArn], source).toEqual({ Ref: expect.stringMatching(/^InboundSecrets/) });
      expect(arnVariables.filter((name) => name in variables)).toEqual([inboundVariables[source].secretArn]);
      // The secret's value is never in the template, only where to read it.
      expect(variables[inboundVariables[source].secret]).toBeUndefined();
    }
    const hooks = new Set(Object.values(inboundHandlers));
    for (const [, fn] of functions.filter(([, f]) => !handlersOf(f).some((handler) => hooks.has(handler)))) {
      expect(Object.keys(fn.Properties!.Environment.Variables).filter((name) => arnVariables.includes(name as never)), handlersOf(fn).join()).toEqual([]);
    }
  });

  it('grants secretsmanager:GetSecretValue on its own secret only, to that hook’s role only', () => {
    const statements = secretStatements();
    expect(statements).toHaveLength(inboundSources.length);
    for (const source of inboundSources) {
      const [, fn] = hookOf(source);
      const role = fn.Properties!.Role['Fn::GetAtt'][0];
      const secretRef = (fn.Properties!.Environment.Variables as Record<string, unknown>)[inboundVariables[source].secretArn];
      const own = statements.filter((s) => s.roles.includes(role));
      expect(own.map((s) => s.statement), source).toEqual([expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: secretRef })]);
    }
  });

  it('passes each source’s address ranges from the context to its hook only', () => {
    const variables = (source: (typeof inboundSources)[number]) => hookOf(source)[1].Properties!.Environment.Variables as Record<string, unknown>;
    expect(variables('payments').PAYMENTS_WEBHOOK_SOURCE_RANGES).toBe(ranges.paymentsWebhookSourceRanges);
    expect(variables('kubernetes').KUBERNETES_WEBHOOK_SOURCE_RANGES).toBeUndefined();
    expect(() => synthPlatformStack({ context: { alertsWebhookSourceRanges: '10.0.0.0/33' } })).toThrow(/alertsWebhookSourceRanges: "10.0.0.0\/33" is not a CIDR range/);
  });

  it('lets only the payments hook, of the three, reach the cluster (a payment in grace resumes the instance)', () => {
    const withCluster = synthPlatformStack({ context: { eksClusterName: 'paas' } }).template;
    const entries = resourcesOf(withCluster, 'AWS::EKS::AccessEntry').map(([, entry]) => JSON.stringify(entry.Properties!.PrincipalArn));
    const roleOf = (source: (typeof inboundSources)[number]) => {
      const [, fn] = resourcesOf(withCluster, 'AWS::Lambda::Function').find(([, f]) => handlersOf(f).includes(inboundHandlers[source]))!;
      return String(fn.Properties!.Role['Fn::GetAtt'][0]);
    };
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((arn) => arn.includes(`"${roleOf('payments')}"`))).toHaveLength(1);
    expect(entries.some((arn) => arn.includes(`"${roleOf('kubernetes')}"`))).toBe(false);
    expect(entries.some((arn) => arn.includes(`"${roleOf('alerts')}"`))).toBe(false);
  });
});
