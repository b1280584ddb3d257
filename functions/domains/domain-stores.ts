import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoDomainStore } from '../../shared/domains/dynamo-domain-store';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

export const environment = once(() => loadConfig(functionEnvironmentSchema));

/**
 * What the routes that touch only the table use (adding and listing domains): apart from the cluster and the
 * resolver (domain-deps.ts), so their bundles carry no Kubernetes client and their roles get no cluster access.
 */
export const domainStores = once(() => {
  const env = environment();
  const db = dynamoDocumentClient();
  return {
    domains: dynamoDomainStore(db, env.TABLE_NAME),
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    /** The platform's own domains (APPS_DOMAIN): never a customer's to claim. */
    platformDomains: [env.APPS_DOMAIN],
    now: () => new Date(),
  };
});
