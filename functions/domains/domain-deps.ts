import { once } from '../../shared/config/load-config';
import type { DomainDeps } from '../../shared/domains/domain-deps';
import { nodeDnsResolver } from '../../shared/domains/node-dns-resolver';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { domainStores, environment } from './domain-stores';

/**
 * The checks' and removals' (verify, remove, the schedule): the table, the DNS resolver the stack names
 * (DNS_RESOLVER, the system's by default), and the cluster. Built on first use and kept for the life of the
 * Lambda container.
 */
export const domainDeps = once((): DomainDeps => {
  const env = environment();
  return {
    ...domainStores(),
    resolver: nodeDnsResolver(env.DNS_RESOLVER),
    cluster: clusterFromEnvironment(env),
    routing: { clusterIssuer: env.DOMAIN_CERT_ISSUER, ingressClassName: env.INSTANCE_INGRESS_CLASS },
  };
});
