import { createService } from '../../shared/catalog/catalog-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { catalogDeps } from './catalog-deps';
import { createServiceRoute } from './catalog-routes';

export const handler = httpHandler(createServiceRoute, async ({ body }) => {
  const service = await createService(catalogDeps(), body);
  return { status: 201, body: service, headers: { location: `/v1/services/${service.slug}` } };
});
