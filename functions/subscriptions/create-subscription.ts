import { customerOf } from '../../shared/auth/principal';
import { validationError } from '../../shared/errors/app-error';
import { headerOf } from '../../shared/http/http-event';
import { httpHandler } from '../../shared/http/http-handler';
import { createSubscription } from '../../shared/subscriptions/create-subscription';
import { callLimiter } from '../http/call-limiter';
import { subscriptionDeps } from './subscription-deps';
import { createSubscriptionRoute } from './subscription-routes';

/** Idempotency-Key: optional; when sent, 1 to 255 visible ASCII characters. */
const idempotencyKeyOf = (value: string | undefined) => {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(value)) throw validationError([{ field: 'header.idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }]);
  return value;
};

export const handler = httpHandler(
  createSubscriptionRoute,
  async ({ body, principal, event }) => ({
    status: 202,
    body: await createSubscription(subscriptionDeps(), customerOf(principal).userId, body, idempotencyKeyOf(headerOf(event, 'idempotency-key'))),
  }),
  { limiter: callLimiter },
);
