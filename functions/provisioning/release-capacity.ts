import { workflowStep } from './provisioning-deps';

/** Objects and reservation are released together by delete-instance-objects; this step confirms the release is done. */
export const handler = workflowStep('release-capacity', async (deps, state) => {
  const instance = await deps.subscriptions.getInstance(state.instanceId);
  if (instance?.nodeName) await deps.nodes.release(instance.nodeName, instance.id);
  return state;
});
