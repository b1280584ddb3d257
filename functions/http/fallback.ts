import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpSecurityHeaders from '@middy/http-security-headers';
import { AppError } from '../../shared/errors/app-error';
import type { HttpEvent, HttpResponse } from '../../shared/http/http-event';
import { allowedOrigins } from '../../shared/http/cors-policy';
import { apiSecurityHeaders } from '../../shared/http/security-headers';
import { problemErrors } from '../../shared/http/middleware/problem-errors';
import { requestContext } from '../../shared/http/middleware/request-context';
import { onceUnlessRejected } from '../../shared/config/load-config';
import { createRouteMatcher } from '../../shared/http/route-matcher';
import { prebuiltRouteKeys } from './prebuilt-route-keys';

/** The route table's methods and paths: carried by the bundle, or (unbundled) read from the table at the first request. */
const matcher = onceUnlessRejected(async () => createRouteMatcher(prebuiltRouteKeys() ?? (await import('../routes')).routes));

/**
 * API Gateway's `$default` route: a path that is in the route table with another method gets 405 and an
 * Allow header, anything else 404; both as problem+json, like every other error.
 */
export const handler = middy<HttpEvent, HttpResponse>()
  .use(requestContext('$default'))
  .use(httpCors({ origins: allowedOrigins() }))
  .use(httpSecurityHeaders(apiSecurityHeaders))
  .use(problemErrors())
  .handler(async (event) => {
    const method = event.requestContext.http.method;
    const found = (await matcher())(method, event.rawPath);
    if (found.kind === 'method-not-allowed') {
      throw new AppError('method-not-allowed', `${method} is not allowed on ${shown(event.rawPath)}; use ${found.allowed.join(', ')}.`, {
        headers: { allow: found.allowed.join(', ') },
      });
    }
    throw new AppError('not-found', `There is no route ${method} ${shown(event.rawPath)}.`);
  });

/** A path is echoed only in part, so a huge or odd one cannot bloat the answer. */
const shown = (path: string) => (path.length > 120 ? `${path.slice(0, 120)}…` : path);
