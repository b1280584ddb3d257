import { failureReason } from '../../shared/provisioning/steps/failure-reason';
import { workflowStep } from './provisioning-deps';

/** A deprovisioning that gave up: the instance stays DELETING (visible to operators) with the reason as a step. */
export const handler = workflowStep('mark-deprovision-failed', async (deps, state) => {
  await deps.subscriptions.addInstanceStep(state.instanceId, 'deprovisioning failed', failureReason(state.failure));
  return state;
});
