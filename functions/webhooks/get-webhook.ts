import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { getWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { getWebhookRoute } from './webhook-routes';

export const handler = httpHandler(getWebhookRoute, async ({ params, principal }) => ({
  status: 200,
  body: await getWebhook(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id),
}));
