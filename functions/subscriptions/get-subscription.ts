import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionReadDeps } from './subscription-read-deps';
import { getSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(getSubscriptionRoute, async ({ params, principal }) => ({
  status: 200,
  body: await ownSubscription(subscriptionReadDeps(), customerOf(principal).userId, params.id),
}));
