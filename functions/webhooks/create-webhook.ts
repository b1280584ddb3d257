import { assertVerifiedEmail } from '../../shared/accounts/verified-email-gate';
import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { createWebhook } from '../../shared/webhooks/manage-webhooks';
import { verifiedEmailGate } from '../http/verified-email-gate';
import { webhookDeps } from './webhook-deps';
import { createWebhookRoute } from './webhook-routes';

export const handler = httpHandler(createWebhookRoute, async ({ body, principal }) => {
  const { userId } = customerOf(principal);
  await assertVerifiedEmail(verifiedEmailGate(), userId, 'adding a webhook');
  return { status: 201, body: await createWebhook(webhookDeps(), { kind: 'customer', userId }, body) };
});
