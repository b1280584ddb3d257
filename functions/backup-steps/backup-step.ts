import type { BackupStepDeps, BackupWorkflowState } from '../../shared/backups/steps/backup-step-deps';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { backupStepDeps } from '../backups/backup-deps';

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
