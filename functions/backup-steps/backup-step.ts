import type { BackupStepDeps, BackupWorkflowState } from '../../shared/backups/steps/backup-step-deps';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { once } from '../../shared/config/load-config';
import { environment, stores } from '../backups/backup-deps';

/** The steps' dependencies: the routes' stores, and the cluster where the Jobs run. */
const backupStepDeps = once((): BackupStepDeps => {
  const env = environment();
  return { ...stores(), cluster: clusterFromEnvironment(env), jobImage: env.BACKUP_JOB_IMAGE };
});

/**
 * A backup or restore workflow task: the state in, the state out. Errors keep their name (TransientError,
 * TerminalStepError's) because the state machine's Retry and Catch select on it.
 */
export const backupStep =
  (name: string, step: (deps: BackupStepDeps, state: BackupWorkflowState) => Promise<BackupWorkflowState>) =>
  async (state: BackupWorkflowState): Promise<BackupWorkflowState> => {
    try {
      const result = await step(backupStepDeps(), state);
      logger.info('workflow step done', { step: name, instanceId: state.instanceId, backupId: state.backupId });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { step: name, instanceId: state.instanceId, backupId: state.backupId, ...errorFields(error) });
      throw error;
    }
  };
