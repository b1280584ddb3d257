import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../../shared/http/accept-encoding';
import { getDocsAssetRoute, getDocsPageRoute } from '../../../functions/docs/docs-routes';
import { handler } from '../../../functions/docs/get-docs';
import { buildOpenApiDocument } from '../../../functions/openapi/build-openapi-document';
import { routes } from '../../../functions/routes';
import { routeKey } from '../../../shared/http/route';
import { apiEvent, context } from '../../support/api-gateway-events';

type Result = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string>; body: string };

const getPage = async () => (await handler(apiEvent('GET', '/docs') as never, context())) as Result;
const getAsset = async (file: string, headers: Record<string, string> = {}) =>
  (await handler(
    apiEvent('GET', `/docs/assets/${file}`, { routeKey: routeKey(getDocsAssetRoute), pathParameters: { file }, headers }) as never,
    context(),
  )) as Result;
/** The asset URLs the page names, in order: the style sheet, Swagger UI, the start-up script. */
const assetUrlsOf = (html: string) => [...html.matchAll(/(?:href|src)="(\/docs\/assets\/[^"]+)"/g)].map((m) => m[1]!);

describe('GET /docs', () => {
  it('is an HTML page naming its style sheet and scripts by content hash, and the OpenAPI document by its route', async () => {
    const result = await getPage();
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(result.headers['cache-control']).toBe('no-cache');
    expect(assetUrlsOf(result.body)).toEqual([
      expect.stringMatching(/^\/docs\/assets\/swagger-ui\.[0-9a-f]{16}\.css$/),
      expect.stringMatching(/^\/docs\/assets\/swagger-ui-bundle\.[0-9a-f]{16}\.js$/),
      expect.stringMatching(/^\/docs\/assets\/docs-page\.[0-9a-f]{16}\.js$/),
    ]);
    expect(result.body).toContain('data-openapi-url="/v1/openapi.json"');
    // Something to read is painted before Swagger UI has run; React replaces it.
    expect(result.body).toMatch(/<div id="swagger-ui"[^>]*><p>Loading the API reference…<\/p><\/div>/);
    // Fetched while Swagger UI starts; as=fetch with crossorigin is what Swagger UI's own fetch matches.
    expect(result.body).toContain('<link rel="preload" href="/v1/openapi.json" as="fetch" crossorigin="anonymous">');
    // Nothing the page names is on another origin, and no script is inline.
    expect(result.body).not.toMatch(/(?:href|src)="(?!\/|data:)/);
    expect(result.body).not.toMatch(/<script>/);
  });

  it('has a CSP that allows its own origin only, no inline script, and the other security headers', async () => {
    const { headers } = await getPage();
    const csp = headers['content-security-policy']!;
    const directives: Record<string, string[]> = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    for (const sources of Object.values(directives)) for (const source of sources) expect(source).toMatch(/^'[a-z-]+'$|^data:$/);
    // Exactly one CSP: a second one (middy's) would be enforced too and stop the page.
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['x-request-id']).toBe('req-1');
  });
});

describe('GET /docs/assets/{file}', () => {
  it('serves each asset the page names, gzipped, cacheable for a year', async () => {
    const [styles, script, startUp] = assetUrlsOf((await getPage()).body).map((url) => url.split('/').at(-1)!);
    const answer = await getAsset(script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'accept-encoding',
    });
    expect(answer.isBase64Encoded).toBe(true);
    const zipped = Buffer.from(answer.body, 'base64');
    const bundle = gunzipSync(zipped).toString('utf8');
    expect(bundle).toContain('SwaggerUIBundle');
    expect(zipped.length).toBeLessThan(bundle.length / 3);
    // API Gateway and Lambda cap a response at 6 MB (base64 included); stay well inside it.
    expect(answer.body.length).toBeLessThan(2 * 1024 * 1024);

    const css = await getAsset(styles!);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body).toContain('.swagger-ui');
    // The map file it points at is not served: the comment is dropped so no browser asks for it.
    expect(css.body).not.toContain('sourceMappingURL');

    const start = await getAsset(startUp!);
    expect(start.body).toContain('SwaggerUIBundle({');
    expect(start.body).toContain('queryConfigEnabled: false');
  });

  it('answers 404 problem+json for a name it does not serve, an old hash included', async () => {
    const [, script] = assetUrlsOf((await getPage()).body).map((url) => url.split('/').at(-1)!);
    for (const name of ['swagger-ui-bundle.0000000000000000.js', script!.replace(/\.js$/, '.css'), '..%2Fpackage.json']) {
      const answer = await getAsset(name);
      expect(answer.statusCode, name).toBe(404);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(answer.body).detail).toContain('reload /docs');
    }
  });

  it('tells which encodings take gzip', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('the docs routes', () => {
  it('are rows of the route table but not of the OpenAPI document', () => {
    expect(routes).toEqual(expect.arrayContaining([getDocsPageRoute, getDocsAssetRoute]));
    const paths = Object.keys(buildOpenApiDocument('test').paths ?? {});
    expect(paths).toContain('/v1/openapi.json');
    expect(paths.filter((path) => path.startsWith('/docs'))).toEqual([]);
  });
});
