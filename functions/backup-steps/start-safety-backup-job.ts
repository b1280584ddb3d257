import { startBackupJob } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('start-safety-backup-job', (deps, state) => startBackupJob(deps, state, state.safetyBackupId!));
