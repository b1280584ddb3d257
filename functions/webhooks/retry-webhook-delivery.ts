import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { retryDelivery } from '../../shared/webhooks/retry-delivery';
import { retryDeliveryDeps } from './webhook-call-deps';
import { retryWebhookDeliveryRoute } from './webhook-routes';

export const handler = httpHandler(retryWebhookDeliveryRoute, async ({ params, principal }) => ({
  status: 202,
  body: await retryDelivery(retryDeliveryDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id, params.deliveryId),
}));
