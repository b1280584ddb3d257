import { httpHandler } from '../../shared/http/http-handler';
import { listWebhookDeliveries } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminListWebhookDeliveriesRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminListWebhookDeliveriesRoute, async ({ params, query }) => ({
  status: 200,
  body: await listWebhookDeliveries(webhookDeps(), { kind: 'platform' }, params.id, query),
}));
