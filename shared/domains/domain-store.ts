import type { Page } from '../catalog/service-store';
import type { DomainEvent } from '../events/domain-event';
import type { Domain } from './domain';

/** The most domains one subscription holds: the list's bound and the cap `add` enforces. */
export const MAX_DOMAINS_PER_SUBSCRIPTION = 10;

/** Custom domains' storage port; the DynamoDB adapter is dynamo-domain-store.ts. */
export interface DomainStore {
  /**
   * A new domain, with the platform-wide claim of its hostname and its event, in one transaction: a name
   * claimed already (by anyone) is a 409, and so is a subscription at its cap; nothing is written then.
   */
  add(domain: Domain, events: readonly DomainEvent[]): Promise<void>;
  get(subscriptionId: string, hostname: string): Promise<Domain | undefined>;
  /** Every domain of a subscription (at most MAX_DOMAINS_PER_SUBSCRIPTION), by hostname. */
  listForSubscription(subscriptionId: string): Promise<Domain[]>;
  /**
   * Writes the domain as changed, only if it is still at the version read, with the events the change
   * causes; a domain changed or removed meanwhile is a 409.
   */
  update(previous: Domain, next: Domain, events: readonly DomainEvent[]): Promise<void>;
  /** Removes the domain and releases its hostname, in one transaction with its event; one already gone is fine. */
  remove(domain: Domain, events: readonly DomainEvent[]): Promise<void>;
  /** Domains whose next check is due at `now`, the longest-waiting first. */
  listDue(now: Date, page: { limit: number; cursor?: string }): Promise<Page<Domain>>;
}
