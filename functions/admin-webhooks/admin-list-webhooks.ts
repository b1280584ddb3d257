import { httpHandler } from '../../shared/http/http-handler';
import { listWebhooks } from '../../shared/webhooks/manage-webhooks';
import { webhookDeps } from '../webhooks/webhook-deps';
import { adminListWebhooksRoute } from './admin-webhook-routes';

export const handler = httpHandler(adminListWebhooksRoute, async ({ query }) => ({ status: 200, body: await listWebhooks(webhookDeps(), { kind: 'platform' }, query) }));
