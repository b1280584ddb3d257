import { removeInstanceObjects } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('delete-instance-objects', removeInstanceObjects);
