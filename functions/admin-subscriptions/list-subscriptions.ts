import { httpHandler } from '../../shared/http/http-handler';
import { subscriptionDeps } from '../subscriptions/subscription-deps';
import { adminListSubscriptionsRoute } from './admin-subscription-routes';

export const handler = httpHandler(adminListSubscriptionsRoute, async ({ query }) => ({ status: 200, body: await subscriptionDeps().subscriptions.listAll(query) }));
