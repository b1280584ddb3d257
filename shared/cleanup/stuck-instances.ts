import type { ProvisioningDeps, WorkflowState } from '../provisioning/steps/provisioning-deps';
import { deleteNamespaceIfEmpty, markDeleted, markFailed, removeInstanceObjects } from '../provisioning/steps/provisioning-steps';
import type { InstanceState } from '../subscriptions/lifecycle';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import { type CleanupSettings, provisioningDeadlineFailure, type StuckAction } from './cleanup-rules';

/**
 * The stores with every instance move this run made recorded: the workflow steps skip what is already done
 * without saying so, and a move refused to a concurrent run throws, so "this run moved it" is exactly one run.
 */
const recordingMoves = (subscriptions: SubscriptionStore, moves: InstanceState[]): SubscriptionStore => ({
  ...subscriptions,
  transitionInstance: async (current, to, changes, events, parts) => {
    const moved = await subscriptions.transitionInstance(current, to, changes, events, parts);
    moves.push(to);
    return moved;
  },
});

/**
 * Settles one stuck instance with the workflows' own steps, as their paths would have: a stuck provisioning
 * takes the failure path (its objects deleted, its reservation released, the subscription FAILED, the
 * instance FAILED with `instance.failed`); a stuck deletion takes the deprovisioning path again (objects,
 * reservation, the namespace if it was the customer's last, DELETED with `instance.deleted`). Every step is
 * idempotent and every move conditional, so a second run at once or a re-run after a crash halfway does
 * nothing twice. Answers whether this run made the final move.
 */
export const settleStuckInstance = async (deps: ProvisioningDeps, instanceId: string, action: StuckAction, settings: CleanupSettings): Promise<boolean> => {
  const moves: InstanceState[] = [];
  const tracked: ProvisioningDeps = { ...deps, subscriptions: recordingMoves(deps.subscriptions, moves) };
  const state: WorkflowState = { instanceId };
  await removeInstanceObjects(tracked, state);
  if (action === 'fail') {
    await markFailed(tracked, { ...state, failure: provisioningDeadlineFailure(settings) });
    return moves.includes('FAILED');
  }
  await deleteNamespaceIfEmpty(tracked, state);
  await markDeleted(tracked, state);
  return moves.includes('DELETED');
};
