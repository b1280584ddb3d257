import { customerOf } from '../../shared/auth/principal';
import { removeDomain } from '../../shared/domains/remove-domain';
import { httpHandler } from '../../shared/http/http-handler';
import { domainDeps } from './domain-deps';
import { removeDomainRoute } from './domain-routes';

export const handler = httpHandler(removeDomainRoute, async ({ params, principal }) => {
  await removeDomain(domainDeps(), customerOf(principal).userId, params.id, params.hostname);
  return { status: 204 };
});
