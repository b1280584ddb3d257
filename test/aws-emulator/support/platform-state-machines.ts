import { workflows, type WorkflowName } from '../../../functions/workflows';
import { localFunctionArn } from '../../../infra/local/workflows/local-function-arn';
import { deployedWorkflowDefinition } from '../../support/deployed-workflow-definitions';

/** The name of the function that stands for a handler module: the local runtime's encoding (`/` → `--`). */
export const functionNameOf = (handler: string): string => localFunctionArn(handler).split(':').at(-1)!;

/** Every handler module a workflow task calls. */
export const workflowHandlers = (): string[] => [...new Set(workflows.flatMap(({ tasks }) => Object.values(tasks).map(({ handler }) => handler)))];

/** Every workflow's deployed definition, each function ARN written as `arnOf` gives it on the engine that runs it. */
export const platformWorkflowDefinitions = (arnOf: (handler: string) => string): Record<WorkflowName, string> =>
  Object.fromEntries(workflows.map(({ name }) => [name, deployedWorkflowDefinition(name, arnOf)])) as Record<WorkflowName, string>;
