import { updateService } from '../../shared/catalog/catalog-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { catalogDeps } from './catalog-deps';
import { updateServiceRoute } from './catalog-routes';

export const handler = httpHandler(updateServiceRoute, async ({ params, body }) => ({
  status: 200,
  body: await updateService(catalogDeps(), params.slug, body),
}));
