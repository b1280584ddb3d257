import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { rotateWebhookSecret } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from './webhook-deps';
import { rotateWebhookSecretRoute } from './webhook-routes';

export const handler = httpHandler(rotateWebhookSecretRoute, async ({ params, principal }) => ({
  status: 200,
  body: await rotateWebhookSecret(webhookDeps(), { kind: 'customer', userId: customerOf(principal).userId }, params.id),
}));
