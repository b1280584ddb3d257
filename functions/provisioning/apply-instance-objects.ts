import { applyInstanceObjects } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('apply-instance-objects', applyInstanceObjects);
