import { customerOf } from '../../shared/auth/principal';
import { verifyDomain } from '../../shared/domains/verify-domain';
import { httpHandler } from '../../shared/http/http-handler';
import { callLimiter } from '../http/call-limiter';
import { domainDeps } from './domain-deps';
import { verifyDomainRoute } from './domain-routes';

export const handler = httpHandler(
  verifyDomainRoute,
  async ({ params, principal }) => ({ status: 200, body: await verifyDomain(domainDeps(), customerOf(principal).userId, params.id, params.hostname) }),
  { limiter: callLimiter },
);
