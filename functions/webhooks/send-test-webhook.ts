import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { sendTestEvent } from '../../shared/webhooks/send-test-event';
import { testWebhookDeps } from './webhook-call-deps';
import { testWebhookRoute } from './webhook-routes';

export const handler = httpHandler(testWebhookRoute, async ({ params, principal }) => ({
  status: 202,
  body: await sendTestEvent(testWebhookDeps(), customerOf(principal).userId, params.id),
}));
