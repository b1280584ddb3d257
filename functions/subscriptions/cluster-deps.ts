import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { subscriptionWorkflowDeps } from './workflow-deps';

/**
 * What changes a subscription's lifecycle and scales its workloads needs (shared/subscriptions/
 * manage-subscription.ts ManageDeps: suspend, resume, renew, the expiry job, the payments hook): the
 * subscriptions, the workflows, the ledger and the cluster. Not subscription-deps.ts, whose catalog and node
 * stores none of them calls and whose schemas each would build at its cold start (issue 21). Built on first
 * use and kept for the life of the Lambda container.
 */
export const subscriptionClusterDeps = once(() => {
  const env = loadConfig(functionEnvironmentSchema);
  return {
    ...subscriptionWorkflowDeps(),
    ledger: dynamoLedgerStore(dynamoDocumentClient(), env.TABLE_NAME),
    cluster: clusterFromEnvironment(env),
  };
});
