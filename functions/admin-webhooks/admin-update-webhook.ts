import { httpHandler } from '../../shared/http/http-handler';
import { updateWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminUpdateWebhookRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminUpdateWebhookRoute, async ({ params, body }) => ({
  status: 200,
  body: await updateWebhook(webhookDeps(), { kind: 'platform' }, params.id, body),
}));
