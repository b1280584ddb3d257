import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription, renewSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionClusterDeps } from './cluster-deps';
import { renewSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(renewSubscriptionRoute, async ({ params, principal }) => {
  const deps = subscriptionClusterDeps();
  return { status: 200, body: await renewSubscription(deps, await ownSubscription(deps, customerOf(principal).userId, params.id)) };
});
