import { httpHandler } from '../../shared/http/http-handler';
import { retryDelivery } from '../../shared/webhooks/retry-delivery';
import { retryDeliveryDeps } from '../webhooks/webhook-call-deps';
import { adminRetryWebhookDeliveryRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminRetryWebhookDeliveryRoute, async ({ params }) => ({
  status: 202,
  body: await retryDelivery(retryDeliveryDeps(), { kind: 'platform' }, params.id, params.deliveryId),
}));
