import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { corsPolicy } from '../../../shared/http/cors-policy';
import { type AuthKind, type RouteDefinition, routeKey } from '../../../shared/http/route';
import type { QueueDefinition } from '../../../functions/queues';
import { routeAccess } from '../function-access';
import { DEFAULT_ROUTE_KEY, type HttpFunctionGroup, httpFunctionGroups } from '../http-function-groups';
import { acknowledge } from '../nag-acknowledgements';
import type { RouteAuthorizers } from '../route-authorizers';
import type { HandlerFunctions } from './handler-functions';

export interface PlatformHttpApiProps {
  routes: readonly RouteDefinition[];
  /** The stack's queue table: a route that sends to a queue gets a function of its own senders (http-function-groups.ts). */
  queues?: readonly QueueDefinition[];
  /** Serves every request no route matches: API Gateway's `$default` route. */
  fallbackHandler: string;
  functions: HandlerFunctions;
  authorizers: RouteAuthorizers;
  allowedOrigins: string[];
  /** The stage default; a route's own `throttle` replaces it for that route. */
  throttle: { rateLimit: number; burstLimit: number };
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

/** HTTP API context variables, one JSON object per request, so Logs Insights can query any field. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    method: '$context.httpMethod',
    path: '$context.path',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    // Why the JWT authorizer refused a request (admin routes): a 401 there never reaches a function's log.
    authorizerError: '$context.authorizer.error',
    userAgent: '$context.identity.userAgent',
  }),
);

/**
 * Why a route has no gateway authorizer (cdk-nag AwsSolutions-APIG4): only admin routes have one (Cognito,
 * route-authorizers.ts); every other caller presents something only the handler can check, and does (shared/auth).
 */
const withoutGatewayAuthorizer: Readonly<Record<Exclude<AuthKind, 'admin'>, string>> = {
  public: 'A public route of API.md (health, OpenAPI, docs, JWKS, register, login, refresh): no caller identity to check.',
  customer:
    "The platform's own ES256 access token (KMS-signed) is verified by the handler (shared/auth), which also scopes every read to the caller; a gateway authorizer would be a second Lambda per request checking the same thing.",
  agent: "The agent token's hashed secret is checked by the route's own conditional write (shared/auth/agent-authenticator.ts), in the same request to the table; a gateway authorizer would repeat that lookup.",
  'signed-inbound': 'The signature (Stripe, HMAC or bearer) covers the raw body, which only the handler sees; it is checked there before anything is read.',
};

/** cdk-nag Serverless-LambdaDLQ: a dead-letter queue only ever receives failed asynchronous invocations. */
const invokedSynchronously = 'Invoked synchronously by API Gateway: the caller gets the error, and a DLQ would never receive anything.';

/**
 * The HTTP API, made from the route table (functions/routes.ts) and nothing else: one route per row, the
 * fallback as `$default`, so the API in AWS and the local router answer the same requests.
 */
export class PlatformHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: PlatformHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      apiName: Stack.of(this).stackName,
      description: 'PaaS platform API',
      // The stage is made below, because only an explicit one takes throttling and access logs.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: corsPolicy.allowMethods.map((method) => CorsHttpMethod[method]),
        allowHeaders: [...corsPolicy.allowHeaders],
        exposeHeaders: [...corsPolicy.exposeHeaders],
        maxAge: Duration.seconds(corsPolicy.maxAgeSeconds),
      },
    });

    // One function per group of routes (http-function-groups.ts), and one integration per function: each
    // route still has its own permission to invoke it.
    const byKey = new Map(props.routes.map((route) => [routeKey(route), route]));
    const groups = httpFunctionGroups(props.routes, props.fallbackHandler, props.queues);
    const integrations = new Map<string, HttpLambdaIntegration>();
    const integrationFor = (group: HttpFunctionGroup) => {
      let integration = integrations.get(group.name);
      if (!integration) {
        // The fallback only matches paths against the route table; it touches no data.
        const fn = props.functions.useRoutes(group, (route) => (route.key === DEFAULT_ROUTE_KEY ? {} : routeAccess(byKey.get(route.key)!)));
        acknowledge(fn.function, invokedSynchronously, 'Serverless-LambdaDLQ');
        integration = new HttpLambdaIntegration(`${fn.node.id}Integration`, fn.function, { payloadFormatVersion: PayloadFormatVersion.VERSION_2_0 });
        integrations.set(group.name, integration);
      }
      return integration;
    };
    const groupOfKey = new Map(groups.flatMap((group) => group.routes.map((route) => [route.key, group] as const)));

    const seen = new Set<string>();
    const throttledRoutes: Array<{ key: string; throttle: NonNullable<RouteDefinition['throttle']>; construct: HttpRoute }> = [];
    for (const route of props.routes) {
      const key = routeKey(route);
      if (seen.has(key)) throw new Error(`The route table has ${key} twice.`);
      seen.add(key);
      const construct = new HttpRoute(this, route.operationId, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: integrationFor(groupOfKey.get(key)!),
        authorizer: props.authorizers[route.auth],
      });
      if (route.auth !== 'admin') acknowledge(construct, withoutGatewayAuthorizer[route.auth], 'AwsSolutions-APIG4');
      if (route.throttle) throttledRoutes.push({ key, throttle: route.throttle, construct });
    }

    const defaultRoute = new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrationFor(groupOfKey.get(DEFAULT_ROUTE_KEY)!),
    });
    acknowledge(defaultRoute, 'The fallback answers 404 or 405 problem+json for paths and methods the route table lacks; it reads no data.', 'AwsSolutions-APIG4');

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });

    // The L2 stage has no per-route settings. The L1 property is raw JSON that CDK passes on as it is,
    // so the keys must be CloudFormation's own PascalCase names.
    if (throttledRoutes.length > 0) {
      const cfnStage = this.stage.node.defaultChild as CfnStage;
      cfnStage.routeSettings = Object.fromEntries(
        throttledRoutes.map(({ key, throttle }) => [key, { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit }]),
      );
    }
    // CloudFormation rejects route settings for a route key that does not exist yet.
    for (const { construct } of throttledRoutes) this.stage.node.addDependency(construct);
  }

  /** The stage is `$default`, so this is the API's base URL with no stage segment. */
  get url(): string {
    return this.stage.url;
  }
}
