import { markSafetyBackupFailed } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('mark-safety-backup-failed', markSafetyBackupFailed);
