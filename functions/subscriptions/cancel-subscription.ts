import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { cancelSubscription, ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionDeps } from './subscription-deps';
import { cancelSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(cancelSubscriptionRoute, async ({ params, principal }) => {
  const deps = subscriptionDeps();
  return { status: 202, body: await cancelSubscription(deps, await ownSubscription(deps, customerOf(principal).userId, params.id)) };
});
