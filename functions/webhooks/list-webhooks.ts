import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { listWebhooks } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { listWebhooksRoute } from './webhook-routes';

export const handler = httpHandler(listWebhooksRoute, async ({ query, principal }) => ({
  status: 200,
  body: await listWebhooks(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, query),
}));
