import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import type { ServiceVersionDeps } from '../../shared/catalog/service-versions';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/** Built on first use and kept for the life of the Lambda container. */
export const versionDeps = once((): ServiceVersionDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return { services: dynamoServiceStore(db, env.TABLE_NAME), instances: dynamoSubscriptionStore(db, env.TABLE_NAME), now: () => new Date() };
});
