import { httpHandler } from '../../shared/http/http-handler';
import { rotateWebhookSecret } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminRotateWebhookSecretRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminRotateWebhookSecretRoute, async ({ params }) => ({
  status: 200,
  body: await rotateWebhookSecret(webhookDeps(), { kind: 'platform' }, params.id),
}));
