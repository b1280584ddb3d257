import { notFound } from '../errors/app-error';
import type { Instance } from '../subscriptions/subscription';
import type { Domain } from './domain';
import type { DomainDeps } from './domain-deps';
import { domainEventOf } from './domain-events';
import { instanceForDomains } from './domain-instance';
import { removeRouting } from './domain-routing-ops';

/** Removes a domain: its Ingress, Certificate and Secret, then its record and platform-wide claim, with `domain.removed`. */
export const dropDomain = async (deps: Pick<DomainDeps, 'cluster' | 'domains' | 'now'>, domain: Domain, instance: Instance | undefined) => {
  await removeRouting(deps, domain, instance);
  await deps.domains.remove(domain, [domainEventOf('domain.removed', domain, deps.now())]);
};

/** The customer's DELETE: another customer's subscription or an unknown name is a 404. */
export const removeDomain = async (deps: DomainDeps, userId: string, subscriptionId: string, hostname: string) => {
  const { subscription, instance } = await instanceForDomains(deps, userId, subscriptionId, 'remove a domain');
  const domain = await deps.domains.get(subscription.id, hostname);
  if (!domain) throw notFound('The domain');
  await dropDomain(deps, domain, instance);
};
