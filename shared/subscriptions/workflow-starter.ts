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
