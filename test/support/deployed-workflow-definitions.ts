import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { WorkflowName } from '../../functions/workflows';
import type { ProvisioningWorkflows } from '../../infra/aws/constructs/provisioning-workflows';
import { synthPlatformStack } from './synth-platform-stack';

/**
 * The DefinitionString CloudFormation gets for a workflow in the platform stack, with each function's ARN
 * (`Fn::GetAtt [fn, Arn]`, followed across nested stacks by synthPlatformStack) written as `arnOf` the same
 * handler module gives: the local runtime's ARN, or an emulator's. A function's Description is
 * `functions/<handler module>` (platform-function.ts).
 */
export const deployedWorkflowDefinition = (name: WorkflowName, arnOf: (handler: string) => string): string => {
  const { stack, template } = synthPlatformStack();
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
  const platformWorkflows = stack.node.findChild('Workflows') as ProvisioningWorkflows;
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
      return arnOf(String(fn.Properties.Description).replace(/^functions\//, ''));
    })
    .join(separator);
};
