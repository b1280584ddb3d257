import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import type { Authenticator } from '../auth/authenticators';
import type { Principal } from '../auth/principal';
import { logger } from '../logging/logger';
import { allowedOrigins, corsPolicy } from './cors-policy';
import { apiSecurityHeaders } from './security-headers';
import type { HttpEvent, HttpResponse } from './http-event';
import { requestIdOf } from './http-event';
import { authenticate } from './middleware/authenticate';
import { jsonBody } from './middleware/json-body';
import { problemErrors } from './middleware/problem-errors';
import { type CallLimiter, rateLimit } from './middleware/rate-limit';
import { requestContext } from './middleware/request-context';
import { requestLimits } from './middleware/request-limits';
import { validateRequest } from './middleware/validate-request';
import { routeKey, type RouteDefinition } from './route';

type Infer<S> = [NonNullable<S>] extends [z.ZodType] ? z.output<NonNullable<S>> : undefined;

/** What a route's use case receives: validated, typed input and the caller. */
export interface HttpRequest<R extends RouteDefinition> {
  params: Infer<NonNullable<R['request']>['params']>;
  query: Infer<NonNullable<R['request']>['query']>;
  body: Infer<NonNullable<R['request']>['body']>;
  principal?: Principal;
  requestId: string;
  event: HttpEvent;
}

export interface HttpHandlerOptions {
  /**
   * The route's own authenticator instead of its kind's: a `signed-inbound` route checks its sender's
   * signature on the raw body here, before the body is parsed or validated (shared/inbound-webhooks).
   */
  authenticator?: Authenticator;
  /** The counters' store for a route whose `rateLimit` has a counter (functions/http/call-limiter.ts). */
  limiter?: () => CallLimiter;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  /** A plain-text answer (an instance's logs) sent as it is, `text/plain; charset=utf-8`, instead of a JSON body. */
  text?: string;
  /** A JSON body already serialised (a document built once per container), sent as it is. */
  json?: string;
  /**
   * A JSON body already gzipped, sent as it is with `content-encoding: gzip` (base64, as Lambda carries
   * binary bodies). Only for a caller whose Accept-Encoding takes gzip (shared/http/accept-encoding.ts).
   */
  gzippedJson?: Buffer;
  headers?: Record<string, string>;
}

/**
 * The one middleware bundle every HTTP function uses, in a fixed order: request context and logging,
 * CORS and security headers (also on errors), problem+json errors, limits, authentication, JSON body,
 * validation. The handler itself is only the route's use case.
 */
export const httpHandler = <R extends RouteDefinition>(
  route: R,
  run: (request: HttpRequest<R>, context: Context) => Promise<HttpResult>,
  options: HttpHandlerOptions = {},
) => {
  const counter = route.rateLimit?.counter;
  if (counter && !options.limiter) throw new Error(`${routeKey(route)} declares a rate limit; its handler must pass a limiter`);
  const handler = middy<HttpEvent, HttpResponse>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestContext(routeKey(route)))
    .use(httpCors({ origins: allowedOrigins(), exposeHeaders: corsPolicy.exposeHeaders.join(','), maxAge: corsPolicy.maxAgeSeconds }))
    .use(httpSecurityHeaders(apiSecurityHeaders))
    .use(problemErrors())
    .use(requestLimits({ maxBodyBytes: route.maxBodyBytes }))
    .use(authenticate(route.auth, options.authenticator, routeKey(route)))
    .use(jsonBody())
    .use(validateRequest(route));
  // Last of the checks: only an authenticated, valid request is counted against its caller.
  if (counter) handler.use(rateLimit(counter, options.limiter!));
  return handler.handler(async (event, context) => {
    const validated = event.validated!;
    const result = await run(
      {
        params: validated.params,
        query: validated.query,
        body: validated.body,
        principal: event.principal,
        requestId: requestIdOf(event),
        event,
      } as HttpRequest<R>,
      context,
    );
    return toHttpResponse(result);
  });
};

const toHttpResponse = ({ status, body, text, json, gzippedJson, headers = {} }: HttpResult): HttpResponse => {
  if (gzippedJson !== undefined) {
    return {
      statusCode: status,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers },
      body: gzippedJson.toString('base64'),
      isBase64Encoded: true,
    };
  }
  if (text !== undefined) return { statusCode: status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body: text };
  if (json !== undefined) return { statusCode: status, headers: { 'content-type': 'application/json', ...headers }, body: json };
  return body === undefined
    ? { statusCode: status, headers }
    : { statusCode: status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
};
