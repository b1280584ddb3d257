import { updateServiceVersion } from '../../shared/catalog/service-versions';
import { httpHandler } from '../../shared/http/http-handler';
import { versionDeps } from './version-deps';
import { updateServiceVersionRoute } from './version-routes';

export const handler = httpHandler(updateServiceVersionRoute, async ({ params, body }) => ({
  status: 200,
  body: await updateServiceVersion(versionDeps(), params.slug, params.version, body),
}));
