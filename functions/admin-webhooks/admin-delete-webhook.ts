import { httpHandler } from '../../shared/http/http-handler';
import { deleteWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminDeleteWebhookRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminDeleteWebhookRoute, async ({ params }) => {
  await deleteWebhook(webhookDeps(), { kind: 'platform' }, params.id);
  return { status: 204 };
});
