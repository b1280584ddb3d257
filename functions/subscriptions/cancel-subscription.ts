import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { cancelSubscription, onLatest, ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionWorkflowDeps } from './workflow-deps';
import { cancelSubscriptionRoute } from './subscription-routes';

export const handler = httpHandler(cancelSubscriptionRoute, async ({ params, principal }) => {
  const deps = subscriptionWorkflowDeps();
  const read = () => ownSubscription(deps, customerOf(principal).userId, params.id);
  return { status: 202, body: await onLatest(read, (subscription) => cancelSubscription(deps, subscription)) };
});
