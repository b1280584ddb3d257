import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { subscriptionReadDeps } from './subscription-read-deps';
import { listSubscriptionsRoute } from './subscription-routes';

export const handler = httpHandler(listSubscriptionsRoute, async ({ query, principal }) => ({
  status: 200,
  body: await subscriptionReadDeps().subscriptions.listForUser(customerOf(principal).userId, query),
}));
