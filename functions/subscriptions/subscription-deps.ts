import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';
import { instanceViewDeps } from './instance-view-deps';
import { subscriptionWorkflowDeps } from './workflow-deps';

/**
 * Everything subscribing needs (create, and a restore into a new subscription): the subscriptions, the
 * catalog and the workflows of the narrower deps, plus the nodes and the ledger. Built on first use and kept
 * for the life of the Lambda container.
 */
export const subscriptionDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    ...instanceViewDeps(),
    ...subscriptionWorkflowDeps(),
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    appsDomain: env.APPS_DOMAIN,
  };
});
