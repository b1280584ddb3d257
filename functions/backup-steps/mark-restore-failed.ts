import { markRestoreFailed } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('mark-restore-failed', (deps, state) => markRestoreFailed(deps, state, false));
