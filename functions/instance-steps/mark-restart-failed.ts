import { markRestartFailed } from '../../shared/instance-operations/restart-steps';
import { restartStep } from './restart-step';

export const handler = restartStep('mark-restart-failed', markRestartFailed);
