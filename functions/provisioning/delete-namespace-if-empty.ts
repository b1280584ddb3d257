import { deleteNamespaceIfEmpty } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('delete-namespace-if-empty', deleteNamespaceIfEmpty);
