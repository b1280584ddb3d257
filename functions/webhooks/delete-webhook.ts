import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { deleteWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { deleteWebhookRoute } from './webhook-routes';

export const handler = httpHandler(deleteWebhookRoute, async ({ params, principal }) => {
  await deleteWebhook(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id);
  return { status: 204 };
});
