import { customerOf } from '../../shared/auth/principal';
import { addDomain } from '../../shared/domains/add-domain';
import { httpHandler } from '../../shared/http/http-handler';
import { domainStores } from './domain-stores';
import { addDomainRoute } from './domain-routes';

export const handler = httpHandler(addDomainRoute, async ({ params, body, principal }) => ({
  status: 201,
  body: await addDomain(domainStores(), customerOf(principal).userId, params.id, body.hostname),
}));
