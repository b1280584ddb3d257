import { checkRestoreJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('check-restore-job', (deps, state) => checkRestoreJob(deps, state, 'restore'));
