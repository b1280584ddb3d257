import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { HandlerFunctions } from '../../infra/aws/constructs/handler-functions';
import packageJson from '../../package.json' with { type: 'json' };
import { queues } from '../../functions/queues';
import { fallbackHandler, routes } from '../../functions/routes';
import { schedules } from '../../functions/schedules';
import { streamConsumers } from '../../functions/stream-consumers';
import { workflows } from '../../functions/workflows';
import { accessOverrides, jwksHandler, tokenSigningHandlers } from '../../infra/aws/function-access';
import { apiKeyScopeOf } from '../../shared/api-keys/api-key-scopes';
import { routeKey } from '../../shared/http/route';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { ROUTES_METADATA } from '../../infra/aws/function-metadata';
import { httpFunctionGroups } from '../../infra/aws/http-function-groups';
import {
  cdkJsonContext,
  customerTokenKeyOf,
  functionIdRunning,
  handlersOf,
  onlyResourceOf,
  resourcesOf,
  synthPlatformStack,
  templateOf,
  testApp,
} from '../support/synth-platform-stack';

const { template } = synthPlatformStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const functions = resourcesOf(template, 'AWS::Lambda::Function');
const functionIdOf = (handler: string) => functionIdRunning(template, handler);
/** Every handler module of every function, as [module, the function's logical id]. */
const modulesRun = functions.flatMap(([id, fn]) => handlersOf(fn).map((handler) => [handler, id] as const));

/** The IAM actions granted to a function's role, from every policy attached to it. */
/** The actions a handler's role is allowed, or only those on resources whose JSON holds `onResource` (a logical id). */
const actionsOf = (handler: string, onResource?: string): string[] => {
  const roleId = resources[functionIdOf(handler)]!.Properties.Role['Fn::GetAtt'][0];
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap(([, policy]) =>
      policy.Properties!.PolicyDocument.Statement.filter((s: { Resource: unknown }) => !onResource || JSON.stringify(s.Resource).includes(onResource)).flatMap(
        (s: { Action: string | string[] }) => [s.Action].flat(),
      ),
    );
};

describe('functions', () => {
  it('run each handler module named by any table in exactly one function, and nothing else', () => {
    const modules = new Set([
      ...routes.map((route) => route.handler),
      fallbackHandler,
      ...streamConsumers.map((consumer) => consumer.handler),
      ...schedules.map((schedule) => schedule.handler),
      ...queues.map((queue) => queue.handler),
      ...workflows.flatMap((workflow) => Object.values(workflow.tasks).map((task) => task.handler)),
    ]);
    expect(modulesRun.map(([handler]) => handler).sort()).toEqual([...modules].sort());
  });

  it('serve the HTTP API with one function per caller kind and set of rights, each route by its own module, and the other tables with one function per module', () => {
    const groups = httpFunctionGroups(routes, fallbackHandler);
    const served = functions.flatMap(([, fn]) => (fn.Metadata?.[ROUTES_METADATA] ? [fn.Metadata[ROUTES_METADATA] as Array<{ key: string; handler: string }>] : []));
    expect(served).toHaveLength(groups.length);
    expect(served.flat().sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...routes.map((route) => ({ key: routeKey(route), handler: route.handler })), { key: '$default', handler: fallbackHandler }].sort((a, b) => a.key.localeCompare(b.key)),
    );
    // The grouping never mixes callers: a customer's function never runs an admin's or the public's route.
    const authOf = new Map(routes.map((route) => [routeKey(route), route.auth]));
    for (const list of served) expect(new Set(list.map((route) => authOf.get(route.key) ?? 'public')).size, JSON.stringify(list)).toBe(1);
    for (const [id, fn] of functions) if (!fn.Metadata?.[ROUTES_METADATA]) expect(handlersOf(fn), id).toHaveLength(1);
    // Fewer functions than modules: the point of the grouping (34 against 102 when it was made).
    expect(groups.length).toBeLessThan(new Set(routes.map((route) => route.handler)).size / 2);
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

  it('know the customer token key, issuer and audience, and the admin pool and client', () => {
    const [keyId] = customerTokenKeyOf(template);
    const [poolId] = onlyResourceOf(template, 'AWS::Cognito::UserPool');
    const [clientId] = onlyResourceOf(template, 'AWS::Cognito::UserPoolClient');
    for (const [id, fn] of functions) {
      const variables = fn.Properties!.Environment.Variables as Record<string, unknown>;
      expect(variables, id).toMatchObject({
        CUSTOMER_TOKEN_KMS_KEY_ID: { 'Fn::GetAtt': [keyId, 'Arn'] },
        CUSTOMER_TOKEN_ISSUER: cdkJsonContext().customerTokenIssuer,
        CUSTOMER_TOKEN_AUDIENCE: cdkJsonContext().customerTokenAudience,
        ADMIN_USER_POOL_ID: { Ref: poolId },
        ADMIN_CLIENT_ID: { Ref: clientId },
      });
      // The local runtime's key files have no place in AWS: the code would prefer them to KMS and Cognito.
      expect(variables, id).not.toHaveProperty('CUSTOMER_TOKEN_LOCAL_KEY_FILE');
      expect(variables, id).not.toHaveProperty('ADMIN_LOCAL_JWKS_FILE');
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
  it('lets only the stream consumers that publish events put them on the bus', () => {
    const publishers = ['events/forward-outbox', 'workers/node-status-events'];
    for (const [handler] of modulesRun) expect(actionsOf(handler).includes('events:PutEvents'), handler).toBe(publishers.includes(handler));
  });

  it('lets GET routes read but not write, and the other methods write; a GET an API key may call writes its counter and last use', () => {
    for (const route of routes.filter((r) => !(r.handler in accessOverrides))) {
      const actions = actionsOf(route.handler);
      expect(actions, route.handler).toContain('dynamodb:Query');
      const keyMayCall = route.auth === 'customer' && apiKeyScopeOf(routeKey(route)) !== undefined;
      expect(actions.includes('dynamodb:PutItem'), route.handler).toBe(route.method !== 'GET' || keyMayCall);
    }
  });

  // Handlers that issue customer tokens, from function-access.ts; each must serve a route (the synth fails otherwise).
  const signers: readonly string[] = tokenSigningHandlers;
  // The stack has other keys (the backups bucket's): only statements on the token key count here.
  const tokenKeyActionsOf = (handler: string) => actionsOf(handler, customerTokenKeyOf(template)[0]).filter((action) => action.startsWith('kms:'));

  it('lets only the register, login (both steps) and refresh functions sign with the customer token key', () => {
    for (const signer of signers) expect(routes.some((route) => route.handler === signer), signer).toBe(true);
    for (const [handler] of modulesRun) expect(tokenKeyActionsOf(handler).includes('kms:Sign'), handler).toBe(signers.includes(handler));
  });

  it('lets the functions that check tokens, sign them or publish the JWKS read the public key, and no other', () => {
    const readers = new Set([...routes.filter((route) => route.auth !== 'public').map((route) => route.handler), ...signers, jwksHandler]);
    expect(routes.find((route) => route.handler === jwksHandler)).toMatchObject({ method: 'GET', path: '/.well-known/jwks.json' });
    for (const [handler] of modulesRun) expect(tokenKeyActionsOf(handler).includes('kms:GetPublicKey'), handler).toBe(readers.has(handler));
  });

  it('grants nothing else on the key, and only on the key itself', () => {
    const [keyId] = customerTokenKeyOf(template);
    for (const [handler] of modulesRun) {
      expect(tokenKeyActionsOf(handler).filter((action) => !['kms:Sign', 'kms:GetPublicKey'].includes(action)), handler).toEqual([]);
    }
    // kms: statements of the functions' roles that name the token key (the backups key has its own test).
    const kmsStatements = resourcesOf(template, 'AWS::IAM::Policy').flatMap(([, policy]) =>
      policy.Properties!.PolicyDocument.Statement.filter(
        (s: { Action: string | string[]; Resource: unknown }) => [s.Action].flat().some((a) => a.startsWith('kms:')) && JSON.stringify(s.Resource).includes(keyId),
      ),
    );
    expect(kmsStatements.length).toBeGreaterThan(0);
    for (const statement of kmsStatements) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
  });

  // What every function may do whatever it serves: write its own log group and its X-Ray traces.
  const everyFunctionMay = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
  const rightsOf = (handler: string) => actionsOf(handler).filter((action) => !everyFunctionMay.includes(action));

  it('lets every function write its own log group and its traces, and no other log group', () => {
    for (const [id, fn] of functions) {
      expect(actionsOf(handlersOf(fn)[0]!), id).toEqual(expect.arrayContaining(everyFunctionMay));
      const logGroupId = fn.Properties!.LoggingConfig.LogGroup.Ref;
      const roleId = fn.Properties!.Role['Fn::GetAtt'][0];
      const logStatements = resourcesOf(template, 'AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement)
        .filter((statement: { Action: string | string[] }) => [statement.Action].flat().some((action) => action.startsWith('logs:')));
      expect(logStatements.map((statement: { Resource: unknown }) => statement.Resource), id).toEqual([{ 'Fn::GetAtt': [logGroupId, 'Arn'] }]);
      expect(resources[roleId]!.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });

  it('gives the JWKS function the public key and nothing else', () => {
    expect(rightsOf(jwksHandler)).toEqual(['kms:GetPublicKey']);
  });

  it('gives the health, OpenAPI, docs page and fallback functions no rights at all', () => {
    for (const handler of ['health/get-health', 'openapi/get-openapi', 'docs/get-docs', fallbackHandler]) expect(rightsOf(handler), handler).toEqual([]);
  });
});

describe('grants by handler name', () => {
  const synthWith = (names: Pick<ConstructorParameters<typeof HandlerFunctions>[2], 'accessOverrides' | 'accessAdditions'>) => {
    const stack = new Stack(testApp(), 'Grants');
    const functions = new HandlerFunctions(stack, 'Functions', {
      table: new TableV2(stack, 'Table', { partitionKey: { name: 'PK', type: AttributeType.STRING } }),
      bus: new EventBus(stack, 'Bus'),
      customerTokenKey: new Key(stack, 'Key', { keySpec: KeySpec.ECC_NIST_P256, keyUsage: KeyUsage.SIGN_VERIFY }),
      environment: { TABLE_NAME: 'table', EVENT_BUS_NAME: 'bus' },
      logRetention: RetentionDays.ONE_DAY,
      logRemovalPolicy: RemovalPolicy.DESTROY,
      ...names,
    });
    functions.use('health/get-health', { access: { table: 'read' } });
    return templateOf(stack);
  };

  it('add to what the use asks for, where overrides replace it', () => {
    const template = synthWith({ accessAdditions: { 'health/get-health': { signTokens: true } } });
    const statements = resourcesOf(template, 'AWS::IAM::Policy').flatMap(([, p]) => p.Properties!.PolicyDocument.Statement);
    const actions = statements.flatMap((s: { Action: string | string[] }) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'kms:Sign']));
    expect(actions).not.toContain('kms:GetPublicKey');
  });

  it.each(['accessOverrides', 'accessAdditions'] as const)('fail the synth when %s names a handler no table uses', (name) => {
    expect(() => synthWith({ [name]: { 'auth/renamed-away': { signTokens: true } } })).toThrow(new RegExp(`${name} names "auth/renamed-away"`));
  });
});
