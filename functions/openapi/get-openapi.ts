import { httpHandler } from '../../shared/http/http-handler';
import { once } from '../../shared/config/load-config';
import { buildOpenApiDocument } from './build-openapi-document';
import { getOpenApiRoute } from './openapi-routes';

/** Built once per container: the document only changes with a deployment. */
const document = once(() => buildOpenApiDocument(process.env.SERVICE_VERSION ?? '0.0.0-local'));

export const handler = httpHandler(getOpenApiRoute, async () => ({ status: 200, body: document() }));
