import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { dynamoMeteredInstances } from '../../shared/metering/dynamo-metered-instances';
import { dynamoUsageStore } from '../../shared/metering/dynamo-usage-store';
import { meteringSettings } from '../../shared/metering/metering-settings';

/**
 * The metering job's dependencies, kept for the life of the Lambda container: so is the cluster client,
 * and with it its API discovery cache (the API group documents are fetched on a container's first
 * run only).
 */
export const meteringDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    cluster: clusterFromEnvironment(env),
    instances: dynamoMeteredInstances(db, env.TABLE_NAME),
    usage: dynamoUsageStore(db, env.TABLE_NAME),
    settings: meteringSettings(),
  };
});
