import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Annotations } from 'aws-cdk-lib';
import { workflowStarters, type WorkflowName } from '../../../functions/workflows';
import type { PlatformFunction } from './platform-function';
import type { ProvisioningWorkflows } from './provisioning-workflows';

const functionsDir = fileURLToPath(new URL('../../../functions/', import.meta.url));

export interface WorkflowStarter {
  handler: string;
  starts: readonly WorkflowName[];
}

/**
 * Gives the functions that start workflows (functions/workflows.ts `workflowStarters`) the right to start
 * them and their ARNs. Call it once every table has made its functions. A starter whose module exists but
 * that no table uses is a synth warning (a stale name, or a route not wired yet: `cdk synth --strict`
 * fails on it); one whose module is not written yet is left for the day it is.
 */
export const grantWorkflowStarts = (
  workflows: ProvisioningWorkflows,
  functions: readonly PlatformFunction[],
  starters: readonly WorkflowStarter[] = workflowStarters,
): PlatformFunction[] => {
  const granted: PlatformFunction[] = [];
  for (const starter of starters) {
    const fn = functions.find(({ handlerModules }) => handlerModules.includes(starter.handler));
    if (fn) {
      for (const workflow of starter.starts) workflows.grantStart(fn.function, workflow);
      granted.push(fn);
    } else if (existsSync(`${functionsDir}${starter.handler}.ts`)) {
      Annotations.of(workflows).addWarningV2(
        'paas:unused-workflow-starter',
        `workflowStarters names "${starter.handler}", which no route, schedule, queue or stream consumer uses: it cannot start workflows.`,
      );
    }
  }
  return granted;
};
