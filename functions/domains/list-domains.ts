import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { domainStores } from './domain-stores';
import { listDomainsRoute } from './domain-routes';

export const handler = httpHandler(listDomainsRoute, async ({ params, principal }) => {
  const deps = domainStores();
  const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
  return { status: 200, body: { items: await deps.domains.listForSubscription(subscription.id) } };
});
