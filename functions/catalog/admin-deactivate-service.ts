import { deactivateService } from '../../shared/catalog/catalog-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { catalogDeps } from './catalog-deps';
import { deactivateServiceRoute } from './catalog-routes';

export const handler = httpHandler(deactivateServiceRoute, async ({ params }) => {
  await deactivateService(catalogDeps(), params.slug);
  return { status: 204 };
});
