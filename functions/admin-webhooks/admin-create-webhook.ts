import { httpHandler } from '../../shared/http/http-handler';
import { createWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminCreateWebhookRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminCreateWebhookRoute, async ({ body }) => ({ status: 201, body: await createWebhook(webhookDeps(), { kind: 'platform' }, body) }));
