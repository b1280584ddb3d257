import middy from '@middy/core';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import { once } from '../../shared/config/load-config';
import { AppError } from '../../shared/errors/app-error';
import { acceptsGzip } from '../../shared/http/accept-encoding';
import { headerOf, type HttpEvent, type HttpResponse } from '../../shared/http/http-event';
import { problemErrors } from '../../shared/http/middleware/problem-errors';
import { requestContext } from '../../shared/http/middleware/request-context';
import { requestLimits } from '../../shared/http/middleware/request-limits';
import { routeKey, type RouteDefinition } from '../../shared/http/route';
import { docsPageContentSecurityPolicy, docsPageSecurityHeaders } from '../../shared/http/security-headers';
import { logger } from '../../shared/logging/logger';
import { getOpenApiRoute } from '../openapi/openapi-routes';
import { loadDocsAssets } from './docs-assets';
import { docsAssetPath, docsPageHtml } from './docs-page';
import { getDocsAssetRoute, getDocsPageRoute } from './docs-routes';

const assets = once(loadDocsAssets);

/** A year: an asset's name changes with its content, so a cached copy is never stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The middleware of an HTML page and its assets rather than of a JSON route: the same request context,
 * limits and problem+json errors, the page's own CSP (shared/http/security-headers.ts), and no JSON body
 * parsing or validation (the page takes no input; an asset's name is looked up, not parsed).
 */
const pageHandler = (route: RouteDefinition, serve: (event: HttpEvent) => HttpResponse) =>
  middy<HttpEvent, HttpResponse>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(requestContext(routeKey(route)))
    .use(httpSecurityHeaders(docsPageSecurityHeaders))
    .use({
      after: ({ response }) => void (response && (response.headers['content-security-policy'] = docsPageContentSecurityPolicy)),
      onError: ({ response }) => void (response && (response.headers['content-security-policy'] = docsPageContentSecurityPolicy)),
    })
    .use(problemErrors())
    .use(requestLimits())
    .handler(async (event) => serve(event));

const page = pageHandler(getDocsPageRoute, () => {
  const { script, styles, startUp } = assets();
  return {
    statusCode: 200,
    // The page is small and names the current assets: always revalidated, never served stale.
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    body: docsPageHtml({
      title: 'PaaS platform API reference',
      openApiUrl: getOpenApiRoute.path,
      styles: docsAssetPath(styles.name),
      scripts: [docsAssetPath(script.name), docsAssetPath(startUp.name)],
    }),
  };
});

const asset = pageHandler(getDocsAssetRoute, (event) => {
  const name = event.pathParameters?.file ?? '';
  const found = assets().byName(name);
  if (!found) throw new AppError('not-found', `The docs page has no asset ${name.slice(0, 80)}; reload /docs for the current ones.`);
  const headers = { 'content-type': found.contentType, 'cache-control': IMMUTABLE, vary: 'accept-encoding' };
  // Gzipped when the browser takes it (every one does): Swagger UI is 1.7 MB as is, under 0.5 MB gzipped,
  // and the base64 Lambda needs for a binary body stays far from its 6 MB response limit either way.
  if (acceptsGzip(headerOf(event, 'accept-encoding'))) {
    return { statusCode: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: assets().gzipped(found).toString('base64'), isBase64Encoded: true };
  }
  return { statusCode: 200, headers, body: found.body.toString('utf8') };
});

const assetRouteKey = routeKey(getDocsAssetRoute);

/** GET /docs and GET /docs/assets/{file}: one function, told apart by the route API Gateway matched. */
export const handler = (event: HttpEvent, context: Context) => (event.routeKey === assetRouteKey ? asset : page)(event, context);
