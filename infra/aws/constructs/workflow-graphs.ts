import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Errors,
  Fail,
  JitterType,
  JsonPath,
  Pass,
  Succeed,
  Wait,
  WaitTime,
  type IChainable,
  type TaskStateBase,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import {
  defaultRolloutPolling,
  deprovisionInstance,
  namespaceDeadlineError,
  provisionInstance,
  rolloutDeadlineError,
  rolloutFailedError,
  taskRetryPolicy,
  transientTaskErrors,
  type WorkflowTask,
} from '../../../functions/workflows';

/** The Lambda function behind one task state: the platform's own in the stack, imported ones locally. */
export type TaskFunctionResolver = (task: WorkflowTask, stateName: string) => IFunction;

/**
 * One task state: the handler gets the whole state and its answer replaces it, so the local runner can hand
 * the state straight to the handler. That is ASL's default ResultPath (`$`), left implicit on purpose:
 * aws-local-stepfunctions 3.0 writes an explicit `"ResultPath": "$"` into a key named `$` instead.
 * CDK's default service-exception retry is off: ours covers those errors with the platform's backoff.
 */
const taskState = (scope: Construct, stateName: string, task: WorkflowTask, taskFunction: TaskFunctionResolver): LambdaInvoke => {
  const state = new LambdaInvoke(scope, stateName, {
    lambdaFunction: taskFunction(task, stateName),
    payloadResponseOnly: true,
    retryOnServiceExceptions: false,
    comment: `functions/${task.handler}`,
  });
  state.addRetry({
    errors: [...transientTaskErrors],
    interval: Duration.seconds(taskRetryPolicy.intervalSeconds),
    backoffRate: taskRetryPolicy.backoffRate,
    maxAttempts: taskRetryPolicy.maxAttempts,
    jitterStrategy: JitterType.FULL,
  });
  return state;
};

/** A state whose failure (after its retries) goes to `handler`, with the error at `$.failure`. */
const catchInto = <T extends TaskStateBase>(state: T, handler: IChainable, resultPath = '$.failure'): T => {
  state.addCatch(handler, { errors: [Errors.ALL], resultPath });
  return state;
};

/** Each state goes on to the next one, the last to `then`; the first is where the workflow starts. */
const sequence = (states: readonly TaskStateBase[], then: IChainable): IChainable => {
  states.forEach((state, index) => state.next(states[index + 1] ?? then));
  return states[0]!;
};

/**
 * The input with the rollout polling defaults under it: what the input sets wins. The Wait and Choice of the
 * rollout loop cannot catch a missing field, so the workflow never depends on its starter for these.
 * JSONPath can only merge two objects it can point at, hence two Pass states.
 */
const withPollingDefaults = (scope: Construct, next: IChainable): IChainable => {
  const gather = new Pass(scope, 'PollingDefaults', { parameters: { defaults: { ...defaultRolloutPolling }, input: JsonPath.entirePayload } });
  const merge = new Pass(scope, 'ApplyPollingDefaults', {
    parameters: { state: JsonPath.jsonMerge(JsonPath.objectAt('$.defaults'), JsonPath.objectAt('$.input')) },
    outputPath: '$.state',
  });
  gather.next(merge).next(next);
  return gather;
};

/**
 * load → place → namespace → tenant policy → app objects → poll the rollout (Wait/Choice loop with a
 * deadline) → mark RUNNING. Any terminal failure, a failed rollout or the deadline: roll back, mark FAILED,
 * fail with the failure's error. Input: `{ instanceId, pollSeconds?, maxPolls? }`.
 */
export const provisionGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof provisionInstance.tasks) => taskState(scope, name, provisionInstance.tasks[name], taskFunction);

  const failed = new Fail(scope, 'ProvisionFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' });
  const markFailed = task('MarkFailed');
  markFailed.next(failed);
  // A rollback that still fails after its retries must not stop the instance being marked FAILED.
  const rollback = catchInto(task('Rollback'), markFailed, '$.rollbackFailure');
  rollback.next(markFailed);

  const markRunning = catchInto(task('MarkRunning'), rollback);
  markRunning.next(new Succeed(scope, 'Provisioned'));

  // Same shape as a Catch's output, so mark-failed and ProvisionFailed read one shape. The whole rollout goes
  // into the Cause: a Pass state cannot catch, so it must not read a field check-rollout might leave out.
  const rolloutFailed = new Pass(scope, 'RolloutFailed', {
    parameters: { Error: rolloutFailedError, Cause: JsonPath.jsonToString(JsonPath.objectAt('$.rollout')) },
    resultPath: '$.failure',
  });
  rolloutFailed.next(rollback);
  const rolloutDeadline = new Pass(scope, 'RolloutDeadline', {
    parameters: {
      Error: rolloutDeadlineError,
      Cause: JsonPath.format('The rollout was not ready after {} polls', JsonPath.stringAt('$.pollCount')),
    },
    resultPath: '$.failure',
  });
  rolloutDeadline.next(rollback);

  const checkRollout = catchInto(task('CheckRollout'), rollback);
  const waitForRollout = new Wait(scope, 'WaitForRollout', { time: WaitTime.secondsPath('$.pollSeconds') });
  waitForRollout.next(checkRollout);
  checkRollout.next(
    new Choice(scope, 'RolloutDone?')
      .when(Condition.booleanEquals('$.rollout.ready', true), markRunning)
      .when(Condition.booleanEquals('$.rollout.failed', true), rolloutFailed)
      .when(Condition.numberGreaterThanEqualsJsonPath('$.pollCount', '$.maxPolls'), rolloutDeadline)
      .otherwise(waitForRollout),
  );

  const applyObjects = sequence((['ApplyTenantPolicy', 'ApplyInstanceObjects'] as const).map((name) => catchInto(task(name), rollback)), checkRollout);

  // A namespace still being deleted (the customer's last instance just went) is waited for, with a deadline.
  const ensureNamespace = catchInto(task('EnsureNamespace'), rollback);
  const namespaceDeadline = new Pass(scope, 'NamespaceDeadline', {
    parameters: {
      Error: namespaceDeadlineError,
      Cause: JsonPath.format('The customer namespace was still being deleted after {} checks', JsonPath.stringAt('$.namespaceWaits')),
    },
    resultPath: '$.failure',
  });
  namespaceDeadline.next(rollback);
  const waitForNamespace = new Wait(scope, 'WaitForNamespace', { time: WaitTime.secondsPath('$.pollSeconds') });
  waitForNamespace.next(ensureNamespace);
  // A Choice fails on a path that is not there: only a step that saw a Terminating namespace sets these.
  const terminating = Condition.and(Condition.isPresent('$.namespaceTerminating'), Condition.booleanEquals('$.namespaceTerminating', true));
  ensureNamespace.next(
    new Choice(scope, 'NamespaceReady?')
      .when(Condition.and(terminating, Condition.numberGreaterThanEqualsJsonPath('$.namespaceWaits', '$.maxNamespaceWaits')), namespaceDeadline)
      .when(terminating, waitForNamespace)
      .otherwise(applyObjects),
  );

  return withPollingDefaults(scope, sequence((['LoadInstance', 'PlaceInstance'] as const).map((name) => catchInto(task(name), rollback)), ensureNamespace));
};

/**
 * The mirror image: delete the instance's objects → release its capacity → delete the namespace if nothing
 * else lives in it → mark DELETED. A terminal failure marks the deprovisioning FAILED. Input: `{ instanceId }`.
 */
export const deprovisionGraph = (scope: Construct, taskFunction: TaskFunctionResolver): IChainable => {
  const task = (name: keyof typeof deprovisionInstance.tasks) => taskState(scope, name, deprovisionInstance.tasks[name], taskFunction);

  const markFailed = task('MarkDeprovisionFailed');
  markFailed.next(new Fail(scope, 'DeprovisionFailed', { errorPath: '$.failure.Error', causePath: '$.failure.Cause' }));

  return sequence(
    (['DeleteInstanceObjects', 'ReleaseCapacity', 'DeleteNamespaceIfEmpty', 'MarkDeleted'] as const).map((name) => catchInto(task(name), markFailed)),
    new Succeed(scope, 'Deprovisioned'),
  );
};
