import { deliverExport } from '../../shared/account-data/export-delivery';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { exportDeliveryDeps } from './account-data-deps';
import { exportMeRoute } from './account-export-routes';

// The answer is the document or a link to it; neither is logged (the link opens the export to whoever holds it).
export const handler = httpHandler(exportMeRoute, async ({ principal, query }) => ({
  status: 200,
  body: await deliverExport(exportDeliveryDeps(), customerOf(principal).userId, query.delivery),
}));
