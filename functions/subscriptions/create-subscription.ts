import { assertVerifiedEmail } from '../../shared/accounts/verified-email-gate';
import { customerOf } from '../../shared/auth/principal';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key';
import { httpHandler } from '../../shared/http/http-handler';
import { createSubscription } from '../../shared/subscriptions/create-subscription';
import { callLimiter } from '../http/call-limiter';
import { verifiedEmailGate } from '../http/verified-email-gate';
import { subscriptionDeps } from './subscription-deps';
import { createSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(
  createSubscriptionRoute,
  async ({ body, principal, event }) => {
    const { userId } = customerOf(principal);
    await assertVerifiedEmail(verifiedEmailGate(), userId, 'subscribing');
    return { status: 202, body: await createSubscription(subscriptionDeps(), userId, body, idempotencyKeyOf(event)) };
  },
  { limiter: callLimiter },
);
