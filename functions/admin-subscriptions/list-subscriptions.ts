import { httpHandler } from '../../shared/http/http-handler';
import { subscriptionReadDeps } from '../subscriptions/subscription-read-deps';
import { adminListSubscriptionsRoute } from './admin-subscription-routes';

export const handler = httpHandler(adminListSubscriptionsRoute, async ({ query }) => ({ status: 200, body: await subscriptionReadDeps().subscriptions.listAll(query) }));
