import { checkRestoreJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('check-undo-job', (deps, state) => checkRestoreJob(deps, state, 'undo'));
