import { workflowStep } from './provisioning-deps';

/** A deprovisioning that gave up: the instance stays DELETING (visible to operators) with the reason as a step. */
export const handler = workflowStep('mark-deprovision-failed', async (deps, state) => {
  const failure = state.failure ?? {};
  await deps.subscriptions.addInstanceStep(state.instanceId, 'deprovisioning failed', `${failure.Error ?? failure.error ?? 'Failed'}: ${failure.Cause ?? failure.cause ?? ''}`.slice(0, 500));
  return state;
});
