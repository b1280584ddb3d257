import { startBackupJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('start-backup-job', (deps, state) => startBackupJob(deps, state, state.backupId));
