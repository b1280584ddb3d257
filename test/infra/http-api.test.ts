import { describe, expect, it } from 'vitest';
import { fallbackHandler, routes } from '../../functions/routes';
import { corsPolicy } from '../../shared/http/cors-policy';
import { routeKey } from '../../shared/http/route';
import { cdkJsonContext, resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { template } = synthPlatformStack();
const context = cdkJsonContext();

const routesByKey = new Map(resourcesOf(template, 'AWS::ApiGatewayV2::Route').map(([id, route]) => [route.Properties!.RouteKey as string, { id, route }]));
const integrations = new Map(resourcesOf(template, 'AWS::ApiGatewayV2::Integration'));
const functionIdByHandler = new Map(
  resourcesOf(template, 'AWS::Lambda::Function').map(([id, fn]) => [String(fn.Properties!.Description).replace(/^functions\//, ''), id]),
);

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

  it('sends each route to the function built from its own handler module', () => {
    for (const route of routes) {
      expect(functionBehind(routeKey(route)), routeKey(route)).toBe(functionIdByHandler.get(route.handler));
    }
    expect(functionBehind('$default')).toBe(functionIdByHandler.get(fallbackHandler));
  });

  it('has admin catalog routes, guarded for now by their handlers alone', () => {
    const adminKeys = routes.filter((route) => route.auth === 'admin').map(routeKey);
    expect(adminKeys).toContain('POST /v1/admin/services');
    for (const key of adminKeys) expect(routesByKey.get(key)?.route.Properties!.AuthorizationType).toBe('NONE');
  });

  it('uses payload format 2.0, the event shape the handlers are written for', () => {
    for (const [, integration] of integrations) expect(integration.Properties!.PayloadFormatVersion).toBe('2.0');
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

  it('creates the stage after the routes its settings name', () => {
    for (const route of routes.filter((r) => r.throttle)) expect(stage.DependsOn).toContain(routesByKey.get(routeKey(route))!.id);
  });
});

describe('the stage and CORS', () => {
  it('is the auto-deployed $default stage with JSON access logs to a log group with retention', () => {
    expect(stage.Properties).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(context.logRetentionDays);
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
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
