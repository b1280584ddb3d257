import { httpHandler } from '../../shared/http/http-handler';
import { resumeSubscription } from '../../shared/subscriptions/manage-subscription';
import { subscriptionDeps } from '../subscriptions/subscription-deps';
import { resumeSubscriptionRoute } from './admin-subscription-routes';
import { anySubscription } from './any-subscription';

export const handler = httpHandler(resumeSubscriptionRoute, async ({ params }) => ({
  status: 202,
  body: await resumeSubscription(subscriptionDeps(), await anySubscription(params.id)),
}));
