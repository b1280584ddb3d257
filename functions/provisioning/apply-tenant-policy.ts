import { applyTenantPolicy } from '../../shared/provisioning/steps/provisioning-steps';
import { workflowStep } from './provisioning-deps';

export const handler = workflowStep('apply-tenant-policy', applyTenantPolicy);
