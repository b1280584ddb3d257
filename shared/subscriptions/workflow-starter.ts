import type { FunctionEnvironment } from '../config/function-environment';
/** The workflows the platform runs (Step Functions in AWS, aws-local-stepfunctions on this machine). */
export type WorkflowName =
  | 'provision-instance'
  | 'deprovision-instance'
  | 'backup-instance'
  | 'restore-instance'
  | 'upgrade-instance'
  | 'restart-instance'
  | 'resize-instance'
  | 'upgrade-batch';

/**
 * Starts a workflow execution named after what it works on (the instance id), so starting the same one
 * twice runs it once.
 */
export interface WorkflowStarter {
  start(workflow: WorkflowName, executionName: string, input: Record<string, unknown>): Promise<void>;
}

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
