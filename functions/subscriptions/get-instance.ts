import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { subscriptionInstance } from '../../shared/subscriptions/manage-subscription';
import { subscriptionDeps } from './subscription-deps';
import { getInstanceRoute } from './subscription-routes';

export const handler = httpHandler(getInstanceRoute, async ({ params, principal }) => ({
  status: 200,
  body: await subscriptionInstance(subscriptionDeps(), customerOf(principal).userId, params.id),
}));
