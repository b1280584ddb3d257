import { httpHandler } from '../../shared/http/http-handler';
import { onLatest, resumeSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionClusterDeps } from '../subscriptions/cluster-deps';
import { resumeSubscriptionRoute } from './admin-subscription-routes';
import { anySubscription } from './any-subscription';

export const handler = httpHandler(resumeSubscriptionRoute, async ({ params }) => ({
  status: 202,
  body: await onLatest(() => anySubscription(params.id), (subscription) => resumeSubscription(subscriptionClusterDeps(), subscription)),
}));
