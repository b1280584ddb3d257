import { addServiceVersion } from '../../shared/catalog/service-versions';
import { httpHandler } from '../../shared/http/http-handler';
import { versionDeps } from './version-deps';
import { addServiceVersionRoute } from './version-routes';

export const handler = httpHandler(addServiceVersionRoute, async ({ params, body }) => ({
  status: 201,
  body: await addServiceVersion(versionDeps(), params.slug, body),
}));
