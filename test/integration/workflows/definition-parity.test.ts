import { describe, expect, it } from 'vitest';
import { workflows } from '../../../functions/workflows';
import { startLocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { localFunctionArn } from '../../../infra/local/workflows/local-function-arn';
import { deployedWorkflowDefinition } from '../../support/deployed-workflow-definitions';

/**
 * The proof that what runs locally is what deploys: the definition the local runner executes is, byte for
 * byte, the DefinitionString CloudFormation gets in the platform stack, once each function's ARN there
 * (`Fn::GetAtt [fn, Arn]`) is written as the local ARN of the same handler module.
 */
describe('the definitions the local runtime executes', () => {
  const runner = startLocalWorkflowRunner({ invoke: async (_handler, state) => state });

  it.each(workflows.map(({ name }) => name))('are the platform stack’s %s definition, modulo the function ARNs', async (name) => {
    expect((await runner.definitions())[name]).toBe(deployedWorkflowDefinition(name, localFunctionArn));
  });
});
