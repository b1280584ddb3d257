import { markRestoreFailed } from '../../shared/backups/steps/backup-steps';
import { backupStep } from './backup-step';

export const handler = backupStep('mark-restore-undone', (deps, state) => markRestoreFailed(deps, state, true));
