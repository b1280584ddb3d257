import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';
import { subscriptionWorkflowDeps } from './workflow-deps';

/** Built on first use and kept for the life of the Lambda container. */
export const subscriptionDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    services: dynamoServiceStore(db, env.TABLE_NAME),
    ...subscriptionWorkflowDeps(),
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    appsDomain: env.APPS_DOMAIN,
  };
});
