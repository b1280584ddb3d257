import { once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import type { UpgradeStepDeps, UpgradeWorkflowState } from '../../shared/upgrades/steps/upgrade-steps';
import { environment, stores } from '../backups/backup-deps';

/** The backup steps' stores and cluster, and how instances are rendered (as provisioning renders them). */
const upgradeStepDeps = once((): UpgradeStepDeps => {
  const env = environment();
  return {
    ...stores(),
    cluster: clusterFromEnvironment(env),
    jobImage: env.BACKUP_JOB_IMAGE,
    appsDomain: env.APPS_DOMAIN,
    instanceSettings: { storageClassName: env.INSTANCE_STORAGE_CLASS, ingressClassName: env.INSTANCE_INGRESS_CLASS, clusterIssuer: env.INSTANCE_CERT_ISSUER },
  };
});

/**
 * An upgrade workflow task: the state in, the state out. Errors keep their name (TransientError,
 * TerminalStepError's) because the state machine's Retry and Catch select on it.
 */
export const upgradeStep =
  (name: string, step: (deps: UpgradeStepDeps, state: UpgradeWorkflowState) => Promise<UpgradeWorkflowState>) =>
  async (state: UpgradeWorkflowState): Promise<UpgradeWorkflowState> => {
    try {
      const result = await step(upgradeStepDeps(), state);
      logger.info('workflow step done', { step: name, instanceId: state.instanceId, upgradeId: state.backupId });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { step: name, instanceId: state.instanceId, upgradeId: state.backupId, ...errorFields(error) });
      throw error;
    }
  };
