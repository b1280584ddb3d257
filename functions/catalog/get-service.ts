import { getActiveService } from '../../shared/catalog/catalog-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { catalogDeps } from './catalog-deps';
import { getServiceRoute } from './catalog-routes';

export const handler = httpHandler(getServiceRoute, async ({ params }) => ({
  status: 200,
  body: await getActiveService(catalogDeps(), params.slug),
}));
