import { once } from '../../shared/config/load-config';
import type { RestartStepDeps, RestartWorkflowState } from '../../shared/instance-operations/restart-steps';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { environment, stores } from '../instance-operations/instance-operation-deps';

const restartStepDeps = once((): RestartStepDeps => ({ ...stores(), cluster: clusterFromEnvironment(environment()) }));

/**
 * A restart workflow task: the state in, the state out. Errors keep their name (TransientError,
 * TerminalStepError's) because the state machine's Retry and Catch select on it.
 */
export const restartStep =
  (name: string, step: (deps: RestartStepDeps, state: RestartWorkflowState) => Promise<RestartWorkflowState>) =>
  async (state: RestartWorkflowState): Promise<RestartWorkflowState> => {
    try {
      const result = await step(restartStepDeps(), state);
      logger.info('workflow step done', { step: name, instanceId: state.instanceId, restartId: state.restartId });
      return result;
    } catch (error) {
      logger.warn('workflow step failed', { step: name, instanceId: state.instanceId, restartId: state.restartId, ...errorFields(error) });
      throw error;
    }
  };
