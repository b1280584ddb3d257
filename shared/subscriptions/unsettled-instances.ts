import type { InstanceState } from './lifecycle';
import type { Instance } from './subscription';

/**
 * The states an instance only passes through: a workflow is meant to move it on within minutes. An instance
 * left in one (a workflow that died, a start that was lost, a deprovisioning that gave up) is what the
 * cleanup job looks for, through a sparse index of these states sorted by when the instance entered them.
 */
export const unsettledStates = ['PROVISIONING', 'DELETING'] as const;
export type UnsettledState = (typeof unsettledStates)[number];

export const isUnsettled = (state: InstanceState): state is UnsettledState => (unsettledStates as readonly string[]).includes(state);

/** An instance as the index lists it: with when it entered its unsettled state. */
export interface UnsettledInstance {
  instance: Instance;
  since: string;
}

/**
 * What a move does to the index entry: entering an unsettled state dates the entry by the move; staying in
 * it (PROVISIONING → PROVISIONING when the instance is placed) keeps the first date, so retries never push
 * the deadline back; leaving it removes the entry.
 */
export const unsettledEntryAfter = (from: InstanceState, to: InstanceState, at: string): 'keep' | 'remove' | { state: UnsettledState; since: string } => {
  if (!isUnsettled(to)) return 'remove';
  return from === to ? 'keep' : { state: to, since: at };
};
