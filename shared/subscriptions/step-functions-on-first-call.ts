import { loadOnFirstCall } from '../aws/load-on-first-call';
import type { WorkflowName, WorkflowStarter } from './workflow-starter';

/**
 * The Step Functions starter of an HTTP function's deps, loaded with its client at the first start: most
 * requests of the routes that hold one (reads of subscriptions, backups, the account) never start a workflow.
 */
export const stepFunctionsOnFirstCall = (stateMachines: Record<WorkflowName, string | undefined>): WorkflowStarter =>
  loadOnFirstCall<WorkflowStarter>(['start'], async () => {
    const [{ stepFunctionsStarter }, { sfnClient }] = await Promise.all([import('./step-functions-starter'), import('../aws/sfn-client')]);
    return stepFunctionsStarter(sfnClient(), stateMachines);
  });
