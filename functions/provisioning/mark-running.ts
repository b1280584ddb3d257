import { markRunning } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('mark-running', markRunning);
