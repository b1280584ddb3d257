import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoAgentTokenStore } from '../../shared/workers/dynamo-agent-token-store';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';

/** Built on first use and kept for the life of the Lambda container. */
export const workerDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    tokens: dynamoAgentTokenStore(db, env.TABLE_NAME),
    thresholds: { unhealthyAfterSeconds: env.NODE_UNHEALTHY_AFTER_SECONDS, offlineAfterSeconds: env.NODE_OFFLINE_AFTER_SECONDS },
    now: () => new Date(),
  };
});
