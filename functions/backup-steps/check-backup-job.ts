import { checkBackupJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('check-backup-job', (deps, state) => checkBackupJob(deps, state, state.backupId));
