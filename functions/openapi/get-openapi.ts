import { gzipSync } from 'node:zlib';
import { once } from '../../shared/config/load-config';
import { acceptsGzip } from '../../shared/http/accept-encoding';
import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { getOpenApiRoute } from './openapi-routes';
import { prebuiltOpenApi } from './prebuilt-openapi';

const version = process.env.SERVICE_VERSION ?? '0.0.0-local';
/**
 * Built once per container: the document only changes with a deployment. A deployed bundle carries it built
 * at bundle time (prebuilt-openapi-defines.ts), so the first request reads it; unbundled (tests, `npm start`)
 * it is built here from the route table, whose module is then loaded for the first time.
 */
const prebuilt = prebuiltOpenApi(version);
const documentJson = once(async () => prebuilt?.json ?? JSON.stringify((await import('./build-openapi-document')).buildOpenApiDocument(version)));
/**
 * And gzipped once: the document is ~650 KiB of JSON (every route, schema and webhook) and the docs page
 * loads it before showing anything; gzipped it is a tenth of that on the wire.
 */
const gzipped = once(async () => (prebuilt ? Buffer.from(prebuilt.gzipBase64, 'base64') : gzipSync(await documentJson(), { level: 9 })));

export const handler = httpHandler(getOpenApiRoute, async ({ event }) => {
  const headers = { vary: 'accept-encoding' };
  return acceptsGzip(headerOf(event, 'accept-encoding')) ? { status: 200, gzippedJson: await gzipped(), headers } : { status: 200, json: await documentJson(), headers };
});
