import type { UpgradeBatch, UpgradeBatchStatus } from './upgrade-batch';

/**
 * What `upgrade-batch` starts with: the batch by its key and its id. The execution is named after the id,
 * so a repeated start runs it once; a resumed batch gets a new id, hence a new execution, and the old one
 * (if it still polls) finds the id changed and stops. Polling fields override the workflow's defaults (tests).
 */
export type UpgradeBatchInput = { serviceSlug: string; fromVersion: string; batchId: string; pollSeconds?: number; maxPolls?: number };

/** The workflow's state after AdvanceBatch: SUPERSEDED when the stored batch is another (resumed, replaced) or gone. */
export type UpgradeBatchState = UpgradeBatchInput & {
  status?: UpgradeBatchStatus | 'SUPERSEDED';
  polls?: number;
  failure?: { Error?: string; Cause?: string };
};

export const upgradeBatchInput = (batch: Pick<UpgradeBatch, 'serviceSlug' | 'fromVersion' | 'id'>): UpgradeBatchInput => ({
  serviceSlug: batch.serviceSlug,
  fromVersion: batch.fromVersion,
  batchId: batch.id,
});

/** The batch a workflow state names, as the use cases look it up. */
export const batchRefOf = (state: UpgradeBatchInput) => ({ serviceSlug: state.serviceSlug, fromVersion: state.fromVersion, id: state.batchId });
