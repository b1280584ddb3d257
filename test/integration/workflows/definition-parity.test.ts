import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { workflows, type WorkflowName } from '../../../functions/workflows';
import type { ProvisioningWorkflows } from '../../../infra/aws/constructs/provisioning-workflows';
import { startLocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { localFunctionArn } from '../../../infra/local/workflows/local-function-arn';
import { synthPlatformStack } from '../../support/synth-platform-stack';

/**
 * The proof that what runs locally is what deploys: the definition the local runner executes is, byte for
 * byte, the DefinitionString CloudFormation gets in the platform stack, once each function's ARN there
 * (`Fn::GetAtt [fn, Arn]`) is written as the local ARN of the same handler module.
 */
const { stack, template } = synthPlatformStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const platformWorkflows = stack.node.findChild('Workflows') as ProvisioningWorkflows;

const deployedDefinition = (name: WorkflowName): string => {
  const id = stack.getLogicalId(platformWorkflows.stateMachines[name].node.defaultChild as CfnStateMachine);
  const body = resources[id]!.Properties.DefinitionString as string | { 'Fn::Join': [string, unknown[]] };
  if (typeof body === 'string') return body;
  const [separator, parts] = body['Fn::Join'];
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const getAtt = (part as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      const fn = getAtt && resources[getAtt[0]];
      if (!getAtt || getAtt[1] !== 'Arn' || fn?.Type !== 'AWS::Lambda::Function') throw new Error(`Unexpected expression ${JSON.stringify(part)}`);
      return localFunctionArn(String(fn.Properties.Description).replace(/^functions\//, ''));
    })
    .join(separator);
};

describe('the definitions the local runtime executes', () => {
  const runner = startLocalWorkflowRunner({ invoke: async (_handler, state) => state });

  it.each(workflows.map(({ name }) => name))('are the platform stack’s %s definition, modulo the function ARNs', async (name) => {
    expect((await runner.definitions())[name]).toBe(deployedDefinition(name));
  });
});
