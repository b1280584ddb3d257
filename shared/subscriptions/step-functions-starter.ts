import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { FunctionEnvironment } from '../config/function-environment';
import type { WorkflowName, WorkflowStarter } from './workflow-starter';

/**
 * Starts Step Functions executions. The execution name makes a start idempotent: Step Functions refuses a
 * second execution of the same name, which is exactly "already started".
 */
export const stepFunctionsStarter = (client: SFNClient, stateMachines: Record<WorkflowName, string | undefined>): WorkflowStarter => ({
  async start(workflow, executionName, input) {
    const stateMachineArn = stateMachines[workflow];
    if (!stateMachineArn) throw new Error(`No state machine is configured for ${workflow}`);
    try {
      await client.send(new StartExecutionCommand({ stateMachineArn, name: executionName, input: JSON.stringify(input) }));
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists || (error as { name?: string }).name === 'ExecutionAlreadyExists') return;
      throw error;
    }
  },
});

/** Each workflow's ARN from the function's environment (set only on the functions that start it). */
export const stateMachineArns = (env: FunctionEnvironment): Record<WorkflowName, string | undefined> => ({
  'provision-instance': env.PROVISION_STATE_MACHINE_ARN,
  'deprovision-instance': env.DEPROVISION_STATE_MACHINE_ARN,
  'backup-instance': env.BACKUP_STATE_MACHINE_ARN,
  'restore-instance': env.RESTORE_STATE_MACHINE_ARN,
  'upgrade-instance': env.UPGRADE_STATE_MACHINE_ARN,
  'restart-instance': env.RESTART_STATE_MACHINE_ARN,
  'resize-instance': env.RESIZE_STATE_MACHINE_ARN,
  'upgrade-batch': env.UPGRADE_BATCH_STATE_MACHINE_ARN,
});
