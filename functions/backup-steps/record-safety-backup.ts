import { recordSafetyBackup } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('record-safety-backup', recordSafetyBackup);
