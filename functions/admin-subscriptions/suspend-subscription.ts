import { httpHandler } from '../../shared/http/http-handler';
import { onLatest, suspendSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionClusterDeps } from '../subscriptions/cluster-deps';
import { suspendSubscriptionRoute } from './admin-subscription-routes';
import { anySubscription } from './any-subscription';

export const handler = httpHandler(suspendSubscriptionRoute, async ({ params }) => ({
  status: 202,
  body: await onLatest(() => anySubscription(params.id), (subscription) => suspendSubscription(subscriptionClusterDeps(), subscription, 'admin')),
}));
