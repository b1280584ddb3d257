import { describe, expect, it } from 'vitest';
import { fallbackHandler, routes } from '../../functions/routes';
import { corsPolicy } from '../../shared/http/cors-policy';
import { routeKey } from '../../shared/http/route';
import { ROUTES_METADATA } from '../../infra/aws/function-metadata';
import { cdkJsonContext, functionIdRunning, onlyResourceOf, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { template: platform, nested } = synthPlatformStack();
// The API is a nested stack; its references to the functions read as they do in the parent.
const template = nested.Api!;
const context = cdkJsonContext();

const routesByKey = new Map(resourcesOf(template, 'AWS::ApiGatewayV2::Route').map(([id, route]) => [route.Properties!.RouteKey as string, { id, route }]));
const integrations = new Map(resourcesOf(template, 'AWS::ApiGatewayV2::Integration'));
const functionsById = new Map(resourcesOf(platform, 'AWS::Lambda::Function'));

/** Follows a route's target to its integration and from there to the Lambda function's logical id. */
const functionBehind = (routeKeyText: string): string | undefined => {
  const target = routesByKey.get(routeKeyText)?.route.Properties!.Target;
  const integrationId = target?.['Fn::Join']?.[1]?.[1]?.Ref as string | undefined;
  const integration = integrationId ? integrations.get(integrationId) : undefined;
  return integration?.Properties!.IntegrationUri?.['Fn::GetAtt']?.[0];
};

const [[, stage]] = resourcesOf(template, 'AWS::ApiGatewayV2::Stage') as [[string, { Properties: Record<string, any>; DependsOn?: string[] }]];

describe('the HTTP API is the route table', () => {
  it('has exactly one route per row of the table, plus $default', () => {
    expect([...routesByKey.keys()].sort()).toEqual([...routes.map(routeKey), '$default'].sort());
  });

  it('sends each route to the one function that runs its handler module, which lists that route key with that module among its routes', () => {
    const check = (key: string, handler: string) => {
      const id = functionBehind(key);
      expect(id, key).toBe(functionIdRunning(platform, handler));
      expect(functionsById.get(id!)!.Metadata?.[ROUTES_METADATA], key).toContainEqual({ key, handler });
    };
    for (const route of routes) check(routeKey(route), route.handler);
    check('$default', fallbackHandler);
  });

  it('uses payload format 2.0, the event shape the handlers are written for', () => {
    for (const [, integration] of integrations) expect(integration.Properties!.PayloadFormatVersion).toBe('2.0');
  });
});

describe('the administrators’ JWT authorizer', () => {
  const authorizers = resourcesOf(template, 'AWS::ApiGatewayV2::Authorizer');
  const [[authorizerId, authorizer]] = authorizers as [[string, { Properties: Record<string, any> }]];
  const [poolId] = onlyResourceOf(platform, 'AWS::Cognito::UserPool');
  const [clientId] = onlyResourceOf(platform, 'AWS::Cognito::UserPoolClient');
  const adminKeys = routes.filter((route) => route.auth === 'admin').map(routeKey);

  it('is one JWT authorizer on the Authorization header, for the admin pool’s issuer and app client', () => {
    expect(authorizers).toHaveLength(1);
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    // Cognito access tokens have no `aud`: API Gateway then matches `client_id` against the audience.
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
    expect(authorizer.Properties.JwtConfiguration.Issuer).toEqual({
      'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: poolId }]],
    });
  });

  it('guards every admin route', () => {
    expect(adminKeys).toEqual(expect.arrayContaining(['POST /v1/admin/services', 'GET /v1/admin/users', 'GET /v1/admin/stats']));
    for (const key of adminKeys) {
      expect(routesByKey.get(key)?.route.Properties, key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('guards no other route: customer, agent and public routes are checked by their handlers', () => {
    const others = [...routesByKey.keys()].filter((key) => !adminKeys.includes(key));
    expect(others).toContain('$default');
    for (const key of others) {
      expect(routesByKey.get(key)!.route.Properties!.AuthorizationType ?? 'NONE', key).toBe('NONE');
      expect(routesByKey.get(key)!.route.Properties!.AuthorizerId, key).toBeUndefined();
    }
  });
});

describe('throttling', () => {
  it('sets the stage default from the context', () => {
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: context.apiThrottleRate,
      ThrottlingBurstLimit: context.apiThrottleBurst,
    });
  });

  it('gives every row with a throttle its own route setting, in CloudFormation spelling', () => {
    const throttled = routes.filter((route) => route.throttle);
    expect(throttled.length).toBeGreaterThan(0);
    expect(Object.keys(stage.Properties.RouteSettings).sort()).toEqual(throttled.map(routeKey).sort());
    for (const route of throttled) {
      expect(stage.Properties.RouteSettings[routeKey(route)]).toEqual({
        ThrottlingRateLimit: route.throttle!.rateLimit,
        ThrottlingBurstLimit: route.throttle!.burstLimit,
      });
    }
  });

  it('throttles the unauthenticated account routes more tightly than the stage', () => {
    const accountKeys = ['POST /v1/auth/register', 'POST /v1/auth/login', 'POST /v1/auth/refresh'].filter((key) => routesByKey.has(key));
    expect(accountKeys.length).toBeGreaterThan(0);
    for (const key of accountKeys) {
      expect(stage.Properties.RouteSettings[key], key).toBeDefined();
      expect(stage.Properties.RouteSettings[key].ThrottlingRateLimit, key).toBeLessThan(context.apiThrottleRate as number);
    }
  });

  it('creates the stage after the routes its settings name', () => {
    for (const route of routes.filter((r) => r.throttle)) expect(stage.DependsOn).toContain(routesByKey.get(routeKey(route))!.id);
  });
});

describe('the stage and CORS', () => {
  it('is the auto-deployed $default stage with JSON access logs to a log group with retention', () => {
    expect(stage.Properties).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(context.logRetentionDays);
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
      authorizerError: '$context.authorizer.error',
    });
  });

  it('answers preflights with the shared CORS policy and the context origins', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: [context.corsAllowedOrigins],
        AllowMethods: [...corsPolicy.allowMethods],
        AllowHeaders: [...corsPolicy.allowHeaders],
        ExposeHeaders: [...corsPolicy.exposeHeaders],
        MaxAge: corsPolicy.maxAgeSeconds,
      },
    });
  });
});
