import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AttributeType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { describe, expect, it } from 'vitest';
import { defaultBatchPolling, defaultRolloutPolling, transientTaskErrors, workflows, workflowStarters, workflowTaskTimeoutSeconds, type WorkflowName } from '../../functions/workflows';
import { HandlerFunctions } from '../../infra/aws/constructs/handler-functions';
import { ProvisioningWorkflows } from '../../infra/aws/constructs/provisioning-workflows';
import { grantWorkflowStarts } from '../../infra/aws/constructs/workflow-starters';
import { handlersOf, cdkJsonContext, resourcesOf, synthPlatformStack, templateOf, testApp } from '../support/synth-platform-stack';

type AslState = { Type: string; Resource?: unknown; Retry?: any[]; Catch?: any[]; Next?: string; [key: string]: unknown };

const { stack, template } = synthPlatformStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const platformWorkflows = stack.node.findChild('Workflows') as ProvisioningWorkflows;
const stateMachineIdOf = (name: WorkflowName) => stack.getLogicalId(platformWorkflows.stateMachines[name].node.defaultChild as CfnStateMachine);
/** The one handler module a workflow task's function runs (a task's function serves nothing else). */
const handlerOfFunctionId = (id: string) => {
  const handlers = handlersOf(resources[id] as { Metadata?: Record<string, unknown> });
  expect(handlers, id).toHaveLength(1);
  return handlers[0]!;
};

/**
 * A state machine's definition as deployed, with each `Fn::GetAtt [fn, Arn]` replaced by a marker naming
 * the function's handler module, so the JSON parses and its Resource fields can be read.
 */
const definitionOf = (name: WorkflowName): { StartAt: string; QueryLanguage?: string; States: Record<string, AslState> } => {
  const body = resources[stateMachineIdOf(name)]!.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] };
  const json = body['Fn::Join'][1]
    .map((part) => {
      if (typeof part === 'string') return part;
      const [id, attribute] = (part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
      expect(attribute).toBe('Arn');
      return `function:${handlerOfFunctionId(id)}`;
    })
    .join(body['Fn::Join'][0]);
  return JSON.parse(json);
};

describe('the workflows in the platform stack', () => {
  it('are two standard state machines, one per row of the workflow table', () => {
    const machines = resourcesOf(template, 'AWS::StepFunctions::StateMachine');
    expect(machines.map(([id]) => id).sort()).toEqual(workflows.map(({ name }) => stateMachineIdOf(name)).sort());
    for (const [, machine] of machines) expect(machine.Properties!.StateMachineType).toBe('STANDARD');
  });

  it('invoke, in each task state, the function of the handler module the table names', () => {
    for (const workflow of workflows) {
      const tasks = Object.entries(definitionOf(workflow.name).States).filter(([, state]) => state.Type === 'Task');
      expect(Object.fromEntries(tasks.map(([stateName, state]) => [stateName, state.Resource]))).toEqual(
        Object.fromEntries(Object.entries(workflow.tasks).map(([stateName, task]) => [stateName, `function:${task.handler}`])),
      );
    }
  });

  it('are written in JSONPath: no JSONata anywhere, which the local runtime would not evaluate', () => {
    for (const workflow of workflows) {
      const definition = definitionOf(workflow.name);
      expect(definition.QueryLanguage).toBe('JSONPath');
      const json = JSON.stringify(definition);
      expect(json).not.toMatch(/JSONata|\{%|"Arguments"|"Output"|"Assign"/);
      expect(json).not.toContain('.waitForTaskToken');
    }
  });

  it('retry every task on transient errors with backoff, and catch what is left', () => {
    // The states every failure path ends in: nothing is left to catch into.
    const lastResorts = ['MarkFailed', 'MarkDeprovisionFailed', 'MarkBackupFailed', 'MarkRestoreFailed', 'MarkRestoreUndone', 'MarkUpgradeAborted', 'MarkUpgradeRolledBack', 'MarkRestartFailed', 'MarkResizeFailed'];
    for (const workflow of workflows) {
      for (const [stateName, state] of Object.entries(definitionOf(workflow.name).States).filter(([, s]) => s.Type === 'Task')) {
        expect(state.Retry, stateName).toEqual([
          { ErrorEquals: [...transientTaskErrors], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 4, JitterStrategy: 'FULL' },
        ]);
        if (lastResorts.includes(stateName)) expect(state.Catch, stateName).toBeUndefined();
        else expect(state.Catch, stateName).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: expect.stringMatching(/^\$\.(failure|rollbackFailure|pruneFailure|startFailure|undoFailure|markFailure|stopFailure|revertFailure|pauseFailure)$/), Next: expect.any(String) }]);
      }
    }
  });

  it('poll the rollout with a Wait/Choice loop bounded by $.maxPolls, and roll back at its deadline', () => {
    const { StartAt, States } = definitionOf('provision-instance');
    // The loop's fields get defaults first: a Wait or Choice cannot catch a missing one.
    expect(StartAt).toBe('PollingDefaults');
    expect(States.PollingDefaults).toEqual({ Type: 'Pass', Parameters: { defaults: defaultRolloutPolling, 'input.$': '$' }, Next: 'ApplyPollingDefaults' });
    expect(States.ApplyPollingDefaults).toEqual({
      Type: 'Pass',
      Parameters: { 'state.$': 'States.JsonMerge($.defaults, $.input, false)' },
      OutputPath: '$.state',
      Next: 'LoadInstance',
    });
    expect(States.WaitForRollout).toEqual({ Type: 'Wait', SecondsPath: '$.pollSeconds', Next: 'CheckRollout' });
    expect(States['RolloutDone?']).toMatchObject({
      Type: 'Choice',
      Choices: [
        { Variable: '$.rollout.ready', BooleanEquals: true, Next: 'MarkRunning' },
        { Variable: '$.rollout.failed', BooleanEquals: true, Next: 'RolloutFailed' },
        { Variable: '$.pollCount', NumericGreaterThanEqualsPath: '$.maxPolls', Next: 'RolloutDeadline' },
      ],
      Default: 'WaitForRollout',
    });
    for (const pass of ['RolloutFailed', 'RolloutDeadline']) expect(States[pass]).toMatchObject({ Type: 'Pass', ResultPath: '$.failure', Next: 'Rollback' });
    expect(States.Rollback!.Next).toBe('MarkFailed');
    expect(States.MarkFailed!.Next).toBe('ProvisionFailed');
    expect(States.ProvisionFailed).toEqual({ Type: 'Fail', ErrorPath: '$.failure.Error', CausePath: '$.failure.Cause' });
  });

  it('poll a batch upgrade with a Wait/Choice loop bounded by $.maxPolls, and pause it at its deadline or on a failed step', () => {
    const { StartAt, States } = definitionOf('upgrade-batch');
    expect(StartAt).toBe('PollingDefaults');
    expect(States.PollingDefaults).toMatchObject({ Type: 'Pass', Parameters: { defaults: defaultBatchPolling, 'input.$': '$' } });
    expect(States.ApplyPollingDefaults!.Next).toBe('AdvanceBatch');
    expect(States.AdvanceBatch).toMatchObject({ Next: 'BatchRunning?', Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'PauseBatch' }] });
    expect(States['BatchRunning?']).toEqual({
      Type: 'Choice',
      Choices: [
        { And: [{ Variable: '$.status', StringEquals: 'RUNNING' }, { Variable: '$.polls', NumericGreaterThanEqualsPath: '$.maxPolls' }], Next: 'BatchDeadline' },
        { Variable: '$.status', StringEquals: 'RUNNING', Next: 'WaitForBatch' },
      ],
      Default: 'BatchSettled',
    });
    expect(States.WaitForBatch).toEqual({ Type: 'Wait', SecondsPath: '$.pollSeconds', Next: 'AdvanceBatch' });
    expect(States.BatchDeadline).toMatchObject({ Type: 'Pass', ResultPath: '$.failure', Next: 'PauseBatch' });
    expect(States.PauseBatch!.Next).toBe('BatchFailed');
    expect(States.BatchFailed).toEqual({ Type: 'Fail', ErrorPath: '$.failure.Error', CausePath: '$.failure.Cause' });
    expect(States.BatchSettled).toEqual({ Type: 'Succeed' });
  });

  it('log failed executions with their data to their own log group, kept for the context’s retention', () => {
    for (const workflow of workflows) {
      const { LoggingConfiguration } = resources[stateMachineIdOf(workflow.name)]!.Properties;
      expect(LoggingConfiguration).toMatchObject({ Level: 'ERROR', IncludeExecutionData: true });
      const logGroupId = LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
      expect(resources[logGroupId]!.Properties.RetentionInDays).toBe(cdkJsonContext().logRetentionDays);
    }
  });

  it('may invoke exactly their task functions', () => {
    for (const workflow of workflows) {
      const roleId = resources[stateMachineIdOf(workflow.name)]!.Properties.RoleArn['Fn::GetAtt'][0];
      const invoked = resourcesOf(template, 'AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement)
        .filter((statement: { Action: string | string[] }) => [statement.Action].flat().includes('lambda:InvokeFunction'))
        .flatMap((statement: { Resource: unknown }) => [statement.Resource].flat())
        .filter((resource: any) => resource['Fn::GetAtt'])
        .map((resource: any) => handlerOfFunctionId(resource['Fn::GetAtt'][0]));
      expect(new Set(invoked)).toEqual(new Set(Object.values(workflow.tasks).map(({ handler }) => handler)));
    }
  });

  it('run their tasks in functions that read and write the table, with the workflow task timeout', () => {
    for (const { handler } of workflows.flatMap((workflow) => Object.values(workflow.tasks))) {
      const [id, fn] = resourcesOf(template, 'AWS::Lambda::Function').find(([, f]) => handlersOf(f).includes(handler))!;
      expect(fn.Properties!.Timeout, handler).toBe(workflowTaskTimeoutSeconds);
      const roleId = fn.Properties!.Role['Fn::GetAtt'][0];
      const actions = resourcesOf(template, 'AWS::IAM::Policy')
        .filter(([, policy]) => policy.Properties!.Roles.some((role: { Ref: string }) => role.Ref === roleId))
        .flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()));
      expect(actions, id).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query']));
      // Only a task that workflowStarters names starts workflows (upgrade-batch's AdvanceBatch starts upgrades).
      if (workflowStarters.some((starter) => starter.handler === handler)) expect(actions, id).toContain('states:StartExecution');
      else expect(actions, id).not.toContain('states:StartExecution');
    }
  });

  it('output both state machine ARNs', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.ProvisionStateMachineArn?.Value).toEqual({ Ref: stateMachineIdOf('provision-instance') });
    expect(outputs.DeprovisionStateMachineArn?.Value).toEqual({ Ref: stateMachineIdOf('deprovision-instance') });
  });

  it('give each starter that a route uses its workflow ARNs, and no other function', () => {
    const starters = new Map(workflowStarters.map((starter) => [starter.handler, starter.starts]));
    for (const [, fn] of resourcesOf(template, 'AWS::Lambda::Function')) {
      const variables = fn.Properties!.Environment.Variables as Record<string, unknown>;
      for (const workflow of workflows) for (const handler of handlersOf(fn)) {
        const expected = starters.get(handler)?.includes(workflow.name) ? { Ref: stateMachineIdOf(workflow.name) } : undefined;
        expect(variables[workflow.arnVariable], handler).toEqual(expected);
      }
    }
  });
});

// Each test synthesizes a stack of its own: CPU-bound seconds that a loaded CI machine stretched past the
// default 30 s (CI saw 41 s), so these get the time the other synthesizing suites have.
describe('the workflow construct, on its own', { timeout: 120_000 }, () => {
  // Starters stand in as existing handler modules; the tasks are imported functions, so nothing is bundled.
  const synth = (starters: { handler: string; starts: WorkflowName[] }[], used: string[]) => {
    const stack = new Stack(testApp(), 'Workflows');
    const table = new TableV2(stack, 'Table', { partitionKey: { name: 'PK', type: AttributeType.STRING } });
    const functions = new HandlerFunctions(stack, 'Functions', {
      table,
      bus: new EventBus(stack, 'Bus'),
      customerTokenKey: new Key(stack, 'Key', { keySpec: KeySpec.ECC_NIST_P256, keyUsage: KeyUsage.SIGN_VERIFY }),
      environment: { TABLE_NAME: table.tableName, EVENT_BUS_NAME: 'bus' },
      logRetention: RetentionDays.ONE_DAY,
      logRemovalPolicy: RemovalPolicy.DESTROY,
    });
    for (const handler of used) functions.use(handler, { access: { table: 'read-write' } });
    const workflowsConstruct = new ProvisioningWorkflows(stack, 'Workflows', {
      // One function per handler module, however many task states invoke it (start-app: three).
      taskFunction: (task) =>
        (stack.node.tryFindChild(task.handler.replaceAll('/', '-')) as ReturnType<typeof LambdaFunction.fromFunctionArn> | undefined) ??
        LambdaFunction.fromFunctionArn(stack, task.handler.replaceAll('/', '-'), `arn:aws:lambda:us-east-1:111111111111:function:${task.handler.replaceAll('/', '-')}`),
      logRetention: RetentionDays.ONE_DAY,
      logRemovalPolicy: RemovalPolicy.DESTROY,
      tracing: true,
    });
    grantWorkflowStarts(workflowsConstruct, functions.all, starters);
    return { stack, workflowsConstruct, template: templateOf(stack) };
  };

  it('lets a starter start only the workflows it names, and tells it their ARNs', () => {
    const { stack, workflowsConstruct, template } = synth([{ handler: 'health/get-health', starts: ['provision-instance'] }], ['health/get-health']);
    const provisionId = stack.getLogicalId(workflowsConstruct.stateMachines['provision-instance'].node.defaultChild as CfnStateMachine);
    const [, fn] = resourcesOf(template, 'AWS::Lambda::Function').find(([, f]) => handlersOf(f).includes('health/get-health'))!;
    expect(fn.Properties!.Environment.Variables).toMatchObject({ PROVISION_STATE_MACHINE_ARN: { Ref: provisionId } });
    expect(fn.Properties!.Environment.Variables).not.toHaveProperty('DEPROVISION_STATE_MACHINE_ARN');
    const statements = resourcesOf(template, 'AWS::IAM::Policy').flatMap(([, policy]) => policy.Properties!.PolicyDocument.Statement);
    expect(statements.filter((s: { Action: unknown }) => [s.Action].flat().includes('states:StartExecution'))).toEqual([
      expect.objectContaining({ Effect: 'Allow', Resource: { Ref: provisionId } }),
    ]);
  });

  it('traces executions when asked', () => {
    const { template } = synth([], []);
    for (const [, machine] of resourcesOf(template, 'AWS::StepFunctions::StateMachine')) expect(machine.Properties!.TracingConfiguration).toEqual({ Enabled: true });
  });

  it('warns when a starter module exists but no table uses it', () => {
    const { stack } = synth([{ handler: 'health/get-health', starts: ['deprovision-instance'] }], []);
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('workflowStarters names "health/get-health"'));
  });

  it('leaves a starter whose module is not written yet for the day it is', () => {
    const { stack } = synth([{ handler: 'subscriptions/not-written-yet', starts: ['provision-instance'] }], []);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('workflowStarters'))).toEqual([]);
  });
});
