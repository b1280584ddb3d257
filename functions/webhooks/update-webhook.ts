import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { updateWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { updateWebhookRoute } from './webhook-routes';

export const handler = httpHandler(updateWebhookRoute, async ({ params, body, principal }) => ({
  status: 200,
  body: await updateWebhook(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id, body),
}));
