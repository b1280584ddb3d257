import { startUndoJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('start-undo-job', startUndoJob);
