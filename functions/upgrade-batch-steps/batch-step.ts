import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import type { UpgradeBatchState } from '../../shared/upgrades/batch-workflow';
import type { UpgradeBatchDeps } from '../../shared/upgrades/upgrade-batches';
import { upgradeBatchDeps } from '../upgrade-batches/upgrade-batch-deps';

/**
 * An `upgrade-batch` workflow task: the state in, the state out, with the batch upgrade's dependencies (the
 * customer upgrade's, which start each instance's `upgrade-instance`). Errors keep their name because the
 * state machine's Retry and Catch select on it.
 */
export const batchStep =
  (name: string, step: (deps: UpgradeBatchDeps, state: UpgradeBatchState) => Promise<UpgradeBatchState>) =>
  async (state: UpgradeBatchState): Promise<UpgradeBatchState> => {
    const fields = { step: name, serviceSlug: state.serviceSlug, fromVersion: state.fromVersion, batchId: state.batchId };
    try {
      const result = await step(upgradeBatchDeps(), state);
      logger.info('workflow step done', { ...fields, status: result.status });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { ...fields, ...errorFields(error) });
      throw error;
    }
  };
