import { notFound } from '../errors/app-error';
import { checkDomain } from './check-domain';
import type { Domain } from './domain';
import type { DomainDeps } from './domain-deps';
import { assertRoutable, instanceForDomains } from './domain-instance';

/** The customer's "check now": one check of their domain, answered with where it stands after it. */
export const verifyDomain = async (deps: DomainDeps, userId: string, subscriptionId: string, hostname: string): Promise<Domain> => {
  const { subscription, instance } = await instanceForDomains(deps, userId, subscriptionId, 'verify a domain');
  const domain = await deps.domains.get(subscription.id, hostname);
  if (!domain) throw notFound('The domain');
  assertRoutable(instance, 'verify a domain');
  return checkDomain(deps, domain, instance);
};
