import { randomBytes } from 'node:crypto';
import { validationError } from '../errors/app-error';
import type { Domain } from './domain';
import type { DomainDeps } from './domain-deps';
import { domainEventOf } from './domain-events';
import { assertRoutable, instanceForDomains, instanceHost } from './domain-instance';
import { recordsFor } from './domain-records';
import { FIRST_RETRY_SECONDS } from './domain-timing';
import { platformOwnedReason } from './hostname';

/**
 * Adds a hostname (already shaped by the route's schema) to the caller's instance, PENDING, with the records
 * that prove it theirs: a TXT record holding a fresh random token, and the CNAME to the instance's host. The
 * name is claimed platform-wide in the same transaction (409 if anyone holds it). The schedule checks it a
 * minute later, and the customer may ask for a check at once.
 */
export const addDomain = async (deps: Pick<DomainDeps, 'domains' | 'subscriptions' | 'platformDomains' | 'now'>, userId: string, subscriptionId: string, hostname: string): Promise<Domain> => {
  const owned = platformOwnedReason(hostname, deps.platformDomains);
  if (owned) throw validationError([{ field: 'body.hostname', message: owned }]);
  const { subscription, instance } = await instanceForDomains(deps, userId, subscriptionId, 'add a domain');
  assertRoutable(instance, 'add a domain');
  const now = deps.now();
  const at = now.toISOString();
  const domain: Domain = {
    hostname,
    subscriptionId: subscription.id,
    instanceId: instance.id,
    userId,
    status: 'PENDING',
    records: recordsFor(hostname, randomBytes(16).toString('hex'), instanceHost(instance)),
    attempts: 0,
    pendingSince: at,
    nextCheckAt: new Date(now.getTime() + FIRST_RETRY_SECONDS * 1000).toISOString(),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.domains.add(domain, [domainEventOf('domain.added', domain, now)]);
  return domain;
};
