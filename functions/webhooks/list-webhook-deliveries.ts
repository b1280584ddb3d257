import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { listWebhookDeliveries } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { listWebhookDeliveriesRoute } from './webhook-routes';

export const handler = httpHandler(listWebhookDeliveriesRoute, async ({ params, query, principal }) => ({
  status: 200,
  body: await listWebhookDeliveries(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id, query),
}));
