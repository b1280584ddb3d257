import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import type { ProvisioningDeps, WorkflowState } from '../../shared/provisioning/steps/provisioning-deps';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';

/** Built on first use and kept for the life of the Lambda container. */
export const provisioningDeps = once((): ProvisioningDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    cluster: clusterFromEnvironment(env),
    ledger: dynamoLedgerStore(db, env.TABLE_NAME),
    appsDomain: env.APPS_DOMAIN,
    instanceSettings: { storageClassName: env.INSTANCE_STORAGE_CLASS, ingressClassName: env.INSTANCE_INGRESS_CLASS, clusterIssuer: env.INSTANCE_CERT_ISSUER },
    now: () => new Date(),
  };
});

/**
 * A workflow task: the state in, the state out. Errors keep their name (TransientError, NoCapacityError…)
 * because the state machine's Retry and Catch select on it.
 */
export const workflowStep =
  (name: string, step: (deps: ProvisioningDeps, state: WorkflowState) => Promise<WorkflowState>) =>
  async (state: WorkflowState): Promise<WorkflowState> => {
    try {
      const result = await step(provisioningDeps(), state);
      logger.info('workflow step done', { step: name, instanceId: state.instanceId });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { step: name, instanceId: state.instanceId, ...errorFields(error) });
      throw error;
    }
  };
