import { listServiceVersions } from '../../shared/catalog/service-versions';
import { httpHandler } from '../../shared/http/http-handler';
import { versionDeps } from './version-deps';
import { listServiceVersionsRoute } from './version-routes';

export const handler = httpHandler(listServiceVersionsRoute, async ({ params }) => ({
  status: 200,
  body: { items: await listServiceVersions(versionDeps(), params.slug) },
}));
