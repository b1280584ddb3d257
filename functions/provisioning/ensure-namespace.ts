import { ensureNamespace } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('ensure-namespace', ensureNamespace);
