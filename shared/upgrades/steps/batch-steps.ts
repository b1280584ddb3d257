import { TransientError } from '../../kubernetes/cluster';
import { isAppError } from '../../errors/app-error';
import { failureReason } from '../../provisioning/steps/failure-reason';
import { batchRefOf, type UpgradeBatchState } from '../batch-workflow';
import { advanceBatch, pauseBatch, type UpgradeBatchDeps } from '../upgrade-batches';

/** The batch changed between this step's read and its write (a step retried while its first attempt ran): read it again. */
const retriedOnConflict = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.type === 'conflict' && /changed meanwhile/.test(error.message)) {
      throw new TransientError(error.message, { cause: error });
    }
    throw error;
  }
};

/**
 * `upgrade-batch`'s AdvanceBatch: one step of the batch, its status for the Choice after it, and one more
 * poll counted towards the deadline.
 */
export const advanceBatchStep = async (deps: UpgradeBatchDeps, state: UpgradeBatchState): Promise<UpgradeBatchState> => {
  const batch = await retriedOnConflict(() => advanceBatch(deps, batchRefOf(state)));
  return { ...state, status: batch?.status ?? 'SUPERSEDED', polls: (state.polls ?? 0) + 1 };
};

/** `upgrade-batch`'s PauseBatch: the batch PAUSED with the workflow's failure (`$.failure`) as its reason. */
export const pauseBatchStep = async (deps: UpgradeBatchDeps, state: UpgradeBatchState): Promise<UpgradeBatchState> => {
  const batch = await retriedOnConflict(() => pauseBatch(deps, batchRefOf(state), failureReason(state.failure)));
  return { ...state, status: batch && batch.id === state.batchId ? batch.status : 'SUPERSEDED' };
};
