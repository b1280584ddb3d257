import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoUsageStore } from '../../shared/metering/dynamo-usage-store';
import type { UsageDeps } from '../../shared/metering/subscription-usage';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';

/** The usage route's dependencies: the table only (no cluster client in its bundle). */
export const usageDeps = once((): UsageDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return { subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME), usage: dynamoUsageStore(db, env.TABLE_NAME), now: () => new Date() };
});
