import { gzipSync } from 'node:zlib';
import { once } from '../../shared/config/load-config';
import { acceptsGzip } from '../../shared/http/accept-encoding';
import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { buildOpenApiDocument } from './build-openapi-document';
import { getOpenApiRoute } from './openapi-routes';

/** Built once per container: the document only changes with a deployment. */
const document = once(() => buildOpenApiDocument(process.env.SERVICE_VERSION ?? '0.0.0-local'));
/**
 * And gzipped once: the document is ~650 KiB of JSON (every route, schema and webhook) and the docs page
 * loads it before showing anything; gzipped it is a tenth of that on the wire.
 */
const gzipped = once(() => gzipSync(JSON.stringify(document()), { level: 9 }));

export const handler = httpHandler(getOpenApiRoute, async ({ event }) => {
  const headers = { vary: 'accept-encoding' };
  return acceptsGzip(headerOf(event, 'accept-encoding')) ? { status: 200, gzippedJson: gzipped(), headers } : { status: 200, body: document(), headers };
});
