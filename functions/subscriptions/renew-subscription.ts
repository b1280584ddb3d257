import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { onLatest, ownSubscription, renewSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionClusterDeps } from './cluster-deps';
import { renewSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(renewSubscriptionRoute, async ({ params, principal }) => {
  const deps = subscriptionClusterDeps();
  const read = () => ownSubscription(deps, customerOf(principal).userId, params.id);
  return { status: 200, body: await onLatest(read, (subscription) => renewSubscription(deps, subscription)) };
});
