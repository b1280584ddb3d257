import { httpHandler } from '../../shared/http/http-handler';
import { getWebhook } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminGetWebhookRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminGetWebhookRoute, async ({ params }) => ({ status: 200, body: await getWebhook(webhookDeps(), { kind: 'platform' }, params.id) }));
