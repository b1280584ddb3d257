import { customerOf } from '../../shared/auth/principal';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key';
import { httpHandler } from '../../shared/http/http-handler';
import { createSubscription } from '../../shared/subscriptions/create-subscription';
import { callLimiter } from '../http/call-limiter';
import { subscriptionDeps } from './subscription-deps';
import { createSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(
  createSubscriptionRoute,
  async ({ body, principal, event }) => ({
    status: 202,
    body: await createSubscription(subscriptionDeps(), customerOf(principal).userId, body, idempotencyKeyOf(event)),
  }),
  { limiter: callLimiter },
);
