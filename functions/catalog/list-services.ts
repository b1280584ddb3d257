import { listActiveServices } from '../../shared/catalog/catalog-use-cases';
import { httpHandler } from '../../shared/http/http-handler';
import { catalogDeps } from './catalog-deps';
import { listServicesRoute } from './catalog-routes';

export const handler = httpHandler(listServicesRoute, async ({ query }) => ({
  status: 200,
  body: await listActiveServices(catalogDeps(), query),
}));
