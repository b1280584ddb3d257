import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import type { ResizeState } from '../../shared/plan-changes/steps/resize-steps';
import type { ProvisioningDeps } from '../../shared/provisioning/steps/provisioning-deps';
import { provisioningDeps } from '../provisioning/provisioning-deps';

/**
 * A resize workflow task: the state in, the state out, with provisioning's dependencies (stores, ledger,
 * cluster, render settings). Errors keep their name because the state machine's Retry and Catch select on it.
 */
export const planChangeStep =
  (name: string, step: (deps: ProvisioningDeps, state: ResizeState) => Promise<ResizeState>) =>
  async (state: ResizeState): Promise<ResizeState> => {
    try {
      const result = await step(provisioningDeps(), state);
      logger.info('workflow step done', { step: name, instanceId: state.instanceId, planChangeId: state.planChangeId });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { step: name, instanceId: state.instanceId, planChangeId: state.planChangeId, ...errorFields(error) });
      throw error;
    }
  };
