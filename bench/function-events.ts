import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { fallbackHandler, routes } from '../functions/routes';
import { schedules } from '../functions/schedules';
import { routeKey, type RouteDefinition } from '../shared/http/route';

/** Path parameter values the seeded local catalog answers to; any other parameter gets `bench`. */
const exampleParams: Record<string, string> = { slug: 'n8n' };

/** A route's path with its `{parameters}` filled in, and those parameters. */
export const examplePath = (route: Pick<RouteDefinition, 'path'>, params: Record<string, string> = {}) => {
  const pathParameters: Record<string, string> = {};
  const path = route.path.replace(/\{(\w+)\+?\}/g, (_, name: string) => (pathParameters[name] = params[name] ?? exampleParams[name] ?? 'bench'));
  return { path, pathParameters };
};

/** An API Gateway HTTP API (payload 2.0) event, unauthenticated and without a body. */
export const httpEvent = (method: string, path: string, key: string, pathParameters?: Record<string, string>): APIGatewayProxyEventV2 => {
  const now = Date.now();
  const headers = { host: 'api.bench.local', 'user-agent': 'paas-bench', accept: 'application/json' };
  return {
    version: '2.0',
    routeKey: key,
    rawPath: path,
    rawQueryString: '',
    headers,
    pathParameters: pathParameters && Object.keys(pathParameters).length ? pathParameters : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: headers.host,
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: headers['user-agent'] },
      requestId: randomUUID(),
      routeKey: key,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    isBase64Encoded: false,
  };
};

/**
 * The one invocation a cold start runs, per handler module: a request for its (first) route, unauthenticated
 * (protected routes answer 401), an unknown path for the fallback, an empty batch for stream and queue
 * consumers, a scheduled event for schedule handlers.
 */
export const coldStartEvent = (handler: string): { description: string; event: unknown } => {
  const route = routes.find((r) => r.handler === handler);
  if (route) {
    const { path, pathParameters } = examplePath(route);
    return { description: `${route.method} ${path}`, event: httpEvent(route.method, path, routeKey(route), pathParameters) };
  }
  if (handler === fallbackHandler) return { description: 'GET /v1/no-such-route', event: httpEvent('GET', '/v1/no-such-route', '$default') };
  if (schedules.some((s) => s.handler === handler)) {
    return {
      description: 'scheduled event',
      event: { version: '0', id: randomUUID(), source: 'aws.scheduler', 'detail-type': 'Scheduled Event', account: '000000000000', time: new Date().toISOString(), region: 'us-east-1', resources: [], detail: {} },
    };
  }
  return { description: '{ Records: [] }', event: { Records: [] } };
};
