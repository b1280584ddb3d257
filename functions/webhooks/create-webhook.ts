import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { createWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { createWebhookRoute } from './webhook-routes';

export const handler = httpHandler(createWebhookRoute, async ({ body, principal }) => ({
  status: 201,
  body: await createWebhook(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, body),
}));
