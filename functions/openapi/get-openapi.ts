import { gunzipSync, gzipSync } from 'node:zlib';
import { once } from '../../shared/config/load-config';
import { acceptsGzip } from '../../shared/http/accept-encoding';
import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { getOpenApiRoute } from './openapi-routes';
import { prebuiltOpenApi } from './prebuilt-openapi';

const version = process.env.SERVICE_VERSION ?? '0.0.0-local';
/**
 * Built once per container: the document only changes with a deployment. A deployed bundle carries it built
 * and gzipped at bundle time (prebuilt-openapi-defines.ts), so the first request reads it; unbundled (tests,
 * `npm start`) it is built here from the route table, whose module is then loaded for the first time.
 * Gzipped, the ~650 KiB of JSON (every route, schema and webhook) that the docs page loads before showing
 * anything is a tenth of that on the wire; the plain JSON is for the clients that do not accept gzip.
 */
const prebuilt = prebuiltOpenApi(version);
const documentJson = once(async () =>
  prebuilt ? gunzipSync(Buffer.from(prebuilt.gzipBase64, 'base64')).toString('utf8') : JSON.stringify((await import('./build-openapi-document')).buildOpenApiDocument(version)),
);
const gzipped = once(async () => (prebuilt ? Buffer.from(prebuilt.gzipBase64, 'base64') : gzipSync(await documentJson(), { level: 9 })));

export const handler = httpHandler(getOpenApiRoute, async ({ event }) => {
  const headers = { vary: 'accept-encoding' };
  return acceptsGzip(headerOf(event, 'accept-encoding')) ? { status: 200, gzippedJson: await gzipped(), headers } : { status: 200, json: await documentJson(), headers };
});
