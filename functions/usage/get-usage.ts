import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { subscriptionUsage } from '../../shared/metering/subscription-usage';
import { usageDeps } from './usage-deps';
import { getUsageRoute } from './usage-routes';

export const handler = httpHandler(getUsageRoute, async ({ params, query, principal }) => ({
  status: 200,
  body: await subscriptionUsage(usageDeps(), customerOf(principal).userId, params.id, query),
}));
