import { pruneBackups } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('prune-backups', pruneBackups);
