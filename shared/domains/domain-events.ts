import { domainEvent } from '../events/domain-event';
import type { Domain } from './domain';

type DomainEventType = 'domain.added' | 'domain.verified' | 'domain.active' | 'domain.removed';
type ReasonedEventType = 'domain.certificate-failed' | 'domain.lapsed' | 'domain.failed';

/** A domain's event, addressed to its customer (webhooks and, where the table says, a notification). */
export const domainEventOf = (type: DomainEventType, domain: Domain, now: Date) =>
  domainEvent(type, { userId: domain.userId, subscriptionId: domain.subscriptionId, instanceId: domain.instanceId, hostname: domain.hostname }, now);

export const domainProblemOf = (type: ReasonedEventType, domain: Domain, reason: string, now: Date) =>
  domainEvent(type, { userId: domain.userId, subscriptionId: domain.subscriptionId, instanceId: domain.instanceId, hostname: domain.hostname, reason }, now);
