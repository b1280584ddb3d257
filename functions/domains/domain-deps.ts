import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import type { DomainDeps } from '../../shared/domains/domain-deps';
import { dynamoDomainStore } from '../../shared/domains/dynamo-domain-store';
import { nodeDnsResolver } from '../../shared/domains/node-dns-resolver';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/**
 * The domain routes' and schedule's: the table, the DNS resolver the stack names (DNS_RESOLVER, the system's
 * by default), and the cluster. Built on first use and kept for the life of the Lambda container.
 */
export const domainDeps = once((): DomainDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    domains: dynamoDomainStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    resolver: nodeDnsResolver(env.DNS_RESOLVER),
    cluster: clusterFromEnvironment(env),
    routing: { clusterIssuer: env.DOMAIN_CERT_ISSUER, ingressClassName: env.INSTANCE_INGRESS_CLASS },
    platformDomains: [env.APPS_DOMAIN],
    now: () => new Date(),
  };
});
