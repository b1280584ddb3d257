import type { Cluster } from '../kubernetes/cluster';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import type { DnsResolver } from './dns-resolver';
import type { DomainStore } from './domain-store';
import type { RoutingSettings } from './domain-routing';

/** What the domain use cases need; functions/domains/domain-deps.ts wires the adapters. */
export interface DomainDeps {
  domains: DomainStore;
  subscriptions: SubscriptionStore;
  resolver: DnsResolver;
  cluster: Cluster;
  routing: RoutingSettings;
  /** The platform's own domains (APPS_DOMAIN): never a customer's to claim. */
  platformDomains: readonly string[];
  now: () => Date;
}
