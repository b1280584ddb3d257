import type { SfnApi } from '../aws/sfn/sfn-api';
import type { WorkflowName, WorkflowStarter } from './workflow-starter';

/**
 * Starts Step Functions executions. The execution name makes a start idempotent: Step Functions refuses a
 * second execution of the same name, which is exactly "already started".
 */
export const stepFunctionsStarter = (client: SfnApi, stateMachines: Record<WorkflowName, string | undefined>): WorkflowStarter => ({
  async start(workflow, executionName, input) {
    const stateMachineArn = stateMachines[workflow];
    if (!stateMachineArn) throw new Error(`No state machine is configured for ${workflow}`);
    try {
      await client.StartExecution({ stateMachineArn, name: executionName, input: JSON.stringify(input) });
    } catch (error) {
      if ((error as { name?: string }).name === 'ExecutionAlreadyExists') return;
      throw error;
    }
  },
});
