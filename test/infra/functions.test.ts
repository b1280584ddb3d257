import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { queues } from '../../functions/queues';
import { fallbackHandler, routes } from '../../functions/routes';
import { schedules } from '../../functions/schedules';
import { streamConsumers } from '../../functions/stream-consumers';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { cdkJsonContext, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { template } = synthPlatformStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const functions = resourcesOf(template, 'AWS::Lambda::Function');
const handlerOf = (fn: { Properties?: Record<string, any> }) => String(fn.Properties!.Description).replace(/^functions\//, '');
const functionIdOf = (handler: string) => functions.find(([, fn]) => handlerOf(fn) === handler)![0];

/** The IAM actions granted to a function's role, from every policy attached to it. */
const actionsOf = (handler: string): string[] => {
  const roleId = resources[functionIdOf(handler)]!.Properties.Role['Fn::GetAtt'][0];
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()));
};

describe('functions', () => {
  it('are one per handler module named by any table, and no more', () => {
    const modules = new Set([
      ...routes.map((route) => route.handler),
      fallbackHandler,
      ...streamConsumers.map((consumer) => consumer.handler),
      ...schedules.map((schedule) => schedule.handler),
      ...queues.map((queue) => queue.handler),
    ]);
    expect(functions.map(([, fn]) => handlerOf(fn)).sort()).toEqual([...modules].sort());
  });

  it('run on Node 24 on arm64, from an ESM bundle', () => {
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Handler: 'index.handler' });
    }
  });

  it('answer within API Gateway’s 30 s integration limit', () => {
    for (const route of routes) expect(resources[functionIdOf(route.handler)]!.Properties.Timeout).toBeLessThan(30);
  });

  it('get an environment that satisfies the functions’ own schema', () => {
    for (const [id, fn] of functions) {
      const variables = fn.Properties!.Environment.Variables as Record<string, unknown>;
      expect(variables.TABLE_NAME, id).toEqual({ Ref: expect.stringMatching(/^DataTable/) });
      expect(variables.EVENT_BUS_NAME, id).toEqual({ Ref: expect.stringMatching(/^EventsBus/) });
      expect(variables.SERVICE_VERSION).toBe(packageJson.version);
      // Tokens stand in for names known only at deploy time; the rest must parse as the functions will.
      const asDeployed = Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, typeof value === 'string' ? value : 'resolved-at-deploy']));
      expect(functionEnvironmentSchema.safeParse(asDeployed).success, id).toBe(true);
    }
  });

  it('log to their own group, kept for the context’s retention', () => {
    for (const [id, fn] of functions) {
      const logGroupId = fn.Properties!.LoggingConfig.LogGroup.Ref;
      expect(resources[logGroupId]?.Properties.RetentionInDays, id).toBe(cdkJsonContext().logRetentionDays);
    }
    for (const [id, logGroup] of resourcesOf(template, 'AWS::Logs::LogGroup')) expect(logGroup.Properties!.RetentionInDays, id).toBeGreaterThan(0);
  });
});

describe('least privilege', () => {
  it('lets only the outbox forwarder put events on the bus', () => {
    for (const [, fn] of functions) {
      const handler = handlerOf(fn);
      expect(actionsOf(handler).includes('events:PutEvents'), handler).toBe(handler === 'events/forward-outbox');
    }
  });

  it('lets GET routes read but not write, and the other methods write', () => {
    for (const route of routes.filter((r) => !['health/get-health', 'openapi/get-openapi'].includes(r.handler))) {
      const actions = actionsOf(route.handler);
      expect(actions, route.handler).toContain('dynamodb:Query');
      expect(actions.includes('dynamodb:PutItem'), route.handler).toBe(route.method !== 'GET');
    }
  });

  it('gives the health, OpenAPI and fallback functions no rights at all', () => {
    for (const handler of ['health/get-health', 'openapi/get-openapi', fallbackHandler]) expect(actionsOf(handler), handler).toEqual([]);
  });
});
