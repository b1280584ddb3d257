/**
 * Issue 17, the state machines in a second engine: the provisioning and deprovisioning definitions the
 * platform stack synthesizes run on moto's Step Functions engine (LocalStack's ASL interpreter, moto 5.2.6)
 * and on the local runner (aws-local-stepfunctions) with the same scripted task results, and must end the
 * same way: the same states entered, in order, the same task calls with the same state, the same final
 * status and output (moto's side read from GetExecutionHistory).
 *
 * How a scenario is scripted: the fake task handlers of the local runner's own tests
 * (test/integration/workflows/fake-task-handlers.ts) run under the local runner, and every result they
 * give is recorded in call order; that list is queued on moto's stub Lambda backend, which answers each
 * Invoke with the next result whatever function is called (support/stub-lambda.ts), and with the request's
 * own payload once the list is used up (the fakes' default, so the trailing pass-through answers are left
 * to it). If moto called the tasks in another order, the results would land on the wrong states and the
 * comparison of the task calls would show it.
 *
 * How a task fails on moto: the stub backend (moto/awslambda_simple/models.py lines 17-28, `invoke`)
 * always answers 200; it looks no function up and sets no FunctionError. The one function error moto's
 * Lambda layer makes itself is for a response over 6 MB (moto/awslambda/responses.py lines 63-70:
 * `sys.getsizeof(payload) > 6000000` sets `x-amz-function-error: Unhandled` with errorType
 * `Function.ResponseSizeTooLarge`, as Lambda does), which the interpreter turns into a task failure named
 * by that errorType (moto/stepfunctions/parser/asl/component/state/exec/state_task/lambda_eval_utils.py
 * lines 101-105, state_task_lambda.py lines 69-79). So a scripted result over 6 MB is this file's "the
 * task failed". The local runner, given the same result, fails the task with States.DataLimitExceeded (its
 * own 256 KiB check; it does not model Lambda's 6 MB limit): the engines name that failure differently,
 * and the tests say so.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowName } from '../../functions/workflows';
import { localFunctionArn } from '../../infra/local/workflows/local-function-arn';
import { startLocalWorkflowRunner } from '../../infra/local/workflows/local-workflow-runner';
import { synthesizeWorkflowDefinitions } from '../../infra/local/workflows/synthesize-workflows';
import { fakeTaskHandlers, rolloutReadyAt, statesEntered, type FakeTask, type WorkflowState } from '../integration/workflows/fake-task-handlers';
import { emulatorClientConfig, useMoto } from './support/moto';
import { functionNameOf, platformWorkflowDefinitions, workflowHandlers } from './support/platform-state-machines';
import { createStubFunction, queueStubResults } from './support/stub-lambda';

const emulator = useMoto({ stepfunctions: { execute_state_machine: true }, lambda: { use_docker: false } });

/** Scenarios on moto wait for real (Wait states, retries): generous, for a loaded 2-core CI machine. */
const scenarioTimeout = 180_000;
const executionDeadlineMs = 120_000;

/** What one engine did in one execution: what these tests compare. */
interface Outcome {
  statesEntered: string[];
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
  /** Every task attempt in order: the handler module invoked and the state it was given. */
  invocations: { handler: string; input: unknown }[];
}

/** A result over Lambda's 6 MB response limit: moto answers it with a function error (see the header). */
const overLambdaResponseLimit = 'x'.repeat(6 * 1024 * 1024 + 1);
/** The oversized result as a task of the fake handlers: whatever it is given, it answers that. */
const answersOversized: FakeTask = () => overLambdaResponseLimit as unknown as WorkflowState;

/** The task failure each engine reports for a result over 6 MB (see the header). */
const oversizeError = { moto: 'Function.ResponseSizeTooLarge', local: 'States.DataLimitExceeded' } as const;

let localDefinitions: Record<WorkflowName, string>;
let motoDefinitions: Record<WorkflowName, string>;
let functionArns: Map<string, string>;
let stateMachineArns: Record<WorkflowName, string>;
let sfn: SFNClient;

beforeAll(() => {
  sfn = new SFNClient(emulatorClientConfig(emulator().endpoint));
  localDefinitions = platformWorkflowDefinitions(localFunctionArn);
});

const createStateMachine = async (name: string, definition: string): Promise<string> =>
  (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: 'arn:aws:iam::123456789012:role/provisioning-workflows' }))).stateMachineArn!;

// moto's stub answers from one queue per region, whatever function is invoked: a test that ended early must
// not leave results for the next, so each test starts from a reset moto (the settings of useMoto stay).
beforeEach(async () => {
  await emulator().reset();
  functionArns = new Map();
  for (const handler of workflowHandlers()) functionArns.set(handler, await createStubFunction(emulator(), functionNameOf(handler)));
  motoDefinitions = platformWorkflowDefinitions((handler) => functionArns.get(handler)!);
  stateMachineArns = {
    'provision-instance': await createStateMachine('provision-instance', motoDefinitions['provision-instance']),
    'deprovision-instance': await createStateMachine('deprovision-instance', motoDefinitions['deprovision-instance']),
    'backup-instance': await createStateMachine('backup-instance', motoDefinitions['backup-instance']),
    'restore-instance': await createStateMachine('restore-instance', motoDefinitions['restore-instance']),
    'upgrade-instance': await createStateMachine('upgrade-instance', motoDefinitions['upgrade-instance']),
    'restart-instance': await createStateMachine('restart-instance', motoDefinitions['restart-instance']),
    'resize-instance': await createStateMachine('resize-instance', motoDefinitions['resize-instance']),
    'upgrade-batch': await createStateMachine('upgrade-batch', motoDefinitions['upgrade-batch']),
  };
});

const handlerOfArn = (arn: string): string => [...functionArns].find(([, functionArn]) => functionArn === arn)?.[0] ?? `(not a platform function: ${arn})`;

const historyOf = async (executionArn: string): Promise<HistoryEvent[]> => {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
};

/** Runs one execution on moto and reads its outcome from GetExecutionHistory once it has stopped. */
const runOnMoto = async (stateMachineArn: string, name: string, input: object): Promise<Outcome & { events: HistoryEvent[] }> => {
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
  const deadline = Date.now() + executionDeadlineMs;
  for (;;) {
    const { status } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (status !== 'RUNNING') break;
    if (Date.now() > deadline) {
      // Stopped, so that its thread invokes no more tasks (and takes no results queued for the next test).
      await sfn.send(new StopExecutionCommand({ executionArn })).catch(() => undefined);
      throw new Error(`moto's execution ${name} was still RUNNING after ${executionDeadlineMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const events = await historyOf(executionArn!);
  const last = events.at(-1)!;
  const outcome: Outcome = {
    statesEntered: events.filter(({ type }) => type?.endsWith('StateEntered')).map(({ stateEnteredEventDetails }) => stateEnteredEventDetails!.name!),
    status: { ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED', ExecutionAborted: 'ABORTED', ExecutionTimedOut: 'TIMED_OUT' }[String(last.type)] ?? `(last event ${last.type})`,
    invocations: events
      .filter(({ type }) => type === 'LambdaFunctionScheduled')
      .map(({ lambdaFunctionScheduledEventDetails: scheduled }) => ({ handler: handlerOfArn(scheduled!.resource!), input: JSON.parse(scheduled!.input!) })),
  };
  if (last.executionSucceededEventDetails) outcome.output = JSON.parse(last.executionSucceededEventDetails.output!);
  if (last.executionFailedEventDetails) Object.assign(outcome, { error: last.executionFailedEventDetails.error, cause: last.executionFailedEventDetails.cause });
  return { ...outcome, events };
};

/**
 * The scenario on both engines: first the local runner with the fake task handlers (waits and retries take
 * a millisecond there), recording every result they give; then moto, its stub answering those results in
 * the same order. `derived` replaces the workflow's definition on both engines (a derived definition).
 */
const runScenario = async (
  workflow: WorkflowName,
  name: string,
  input: object,
  scripted: Record<string, FakeTask>,
  derived?: { local: string; moto: string },
): Promise<{ local: Outcome; moto: Outcome & { events: HistoryEvent[] } }> => {
  const fakes = fakeTaskHandlers(scripted);
  const results: { result: unknown; echoed: boolean }[] = [];
  const runner = startLocalWorkflowRunner({
    invoke: async (handler, state) => {
      const result = await fakes.invoke(handler, state);
      results.push({ result, echoed: isDeepStrictEqual(result, state) });
      return result;
    },
    definitions: derived ? { ...localDefinitions, [workflow]: derived.local } : localDefinitions,
    waitMilliseconds: 1,
    retryMilliseconds: 1,
  });
  const execution = await runner.wait(runner.start(workflow, name, input).executionArn);
  await runner.stop();
  const local: Outcome = {
    statesEntered: statesEntered(execution),
    status: execution.status,
    ...(execution.status === 'SUCCEEDED' && { output: execution.output }),
    ...(execution.error !== undefined && { error: execution.error, cause: execution.cause }),
    invocations: fakes.calls.map(({ handler, state }) => ({ handler, input: state })),
  };

  // The calls after the last scripted answer only hand their state on (the fakes' default): they are left to
  // moto's stub, which then answers each with its own request payload. So once the engines' states part (a
  // failure is worded by each engine), moto's later tasks see moto's state, not the local runner's.
  while (results.at(-1)?.echoed) results.pop();
  await queueStubResults(emulator(), results.map(({ result }) => result));
  const stateMachineArn = derived ? await createStateMachine(`${workflow}-derived`, derived.moto) : stateMachineArns[workflow];
  return { local, moto: await runOnMoto(stateMachineArn, name, input) };
};

const provisionInput = { instanceId: 'inst-1', pollSeconds: 1, maxPolls: 3 };
const upToRollout = ['PollingDefaults', 'ApplyPollingDefaults', 'LoadInstance', 'PlaceInstance', 'EnsureNamespace', 'NamespaceReady?', 'ApplyTenantPolicy', 'ApplyInstanceObjects'];

/** moto's outcome without its raw history, to compare with the local runner's. */
const comparable = ({ events: _events, ...outcome }: Outcome & { events: HistoryEvent[] }): Outcome => outcome;

/** What the failure handlers were given, without the failure itself (its wording is each engine's own). */
const withoutFailure = (invocations: Outcome['invocations']) =>
  invocations.map(({ handler, input }) => {
    if (!input || typeof input !== 'object') return { handler, input };
    const { failure: _failure, ...rest } = input as Record<string, unknown>;
    return { handler, input: rest };
  });

describe('the platform state machines on moto, against the local runner', () => {
  it('are found in the synthesized stack, resolve to what the local runtime runs, and are accepted by moto as created', async () => {
    expect(localDefinitions).toEqual(synthesizeWorkflowDefinitions());
    for (const workflow of ['provision-instance', 'deprovision-instance', 'upgrade-batch'] as const) {
      const states = Object.entries(JSON.parse(motoDefinitions[workflow]).States as Record<string, { Type: string; Resource?: string; Comment?: string }>);
      const tasks = states.filter(([, state]) => state.Type === 'Task');
      expect(tasks.length).toBeGreaterThan(0);
      for (const [, task] of tasks) expect(task.Resource).toBe(functionArns.get(task.Comment!.replace(/^functions\//, '')));
      const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: stateMachineArns[workflow] }));
      expect(described).toMatchObject({ status: 'ACTIVE', definition: motoDefinitions[workflow] });
    }
  });

  it('provisioning, happy path: the same states (through one rollout poll), the same task calls and the same output on both engines', { timeout: scenarioTimeout }, async () => {
    const { local, moto } = await runScenario('provision-instance', 'provision-happy', provisionInput, { 'provisioning/check-rollout': rolloutReadyAt(2) });

    expect(local.status).toBe('SUCCEEDED');
    expect(local.statesEntered).toEqual([...upToRollout, 'CheckRollout', 'RolloutDone?', 'WaitForRollout', 'CheckRollout', 'RolloutDone?', 'MarkRunning', 'Provisioned']);
    expect(comparable(moto)).toEqual(local);
    expect(moto.output).toMatchObject({ instanceId: 'inst-1', pollSeconds: 1, maxPolls: 3, maxNamespaceWaits: 120, pollCount: 2, rollout: { ready: true } });
  });

  it('deprovisioning, happy path: the same states, task calls and output on both engines', { timeout: scenarioTimeout }, async () => {
    const released = (state: WorkflowState) => ({ ...state, released: true });
    const { local, moto } = await runScenario('deprovision-instance', 'deprovision-happy', { instanceId: 'inst-1' }, { 'provisioning/release-capacity': released });

    expect(local).toMatchObject({ status: 'SUCCEEDED', statesEntered: ['DeleteInstanceObjects', 'ReleaseCapacity', 'DeleteNamespaceIfEmpty', 'MarkDeleted', 'Deprovisioned'] });
    expect(comparable(moto)).toEqual(local);
    expect(moto.output).toEqual({ instanceId: 'inst-1', released: true });
  });

  it('rollback driven by a task result: a failed rollout goes RolloutFailed → Rollback → MarkFailed → ProvisionFailed with the same error and cause on both engines', { timeout: scenarioTimeout }, async () => {
    const failedRollout = { ready: false, failed: true, reason: 'ImagePullBackOff' };
    const { local, moto } = await runScenario('provision-instance', 'provision-rollout-failed', provisionInput, {
      'provisioning/check-rollout': (state) => ({ ...state, pollCount: 1, rollout: failedRollout }),
    });

    expect(local).toMatchObject({ status: 'FAILED', error: 'RolloutFailed' });
    expect(local.statesEntered.slice(-6)).toEqual(['CheckRollout', 'RolloutDone?', 'RolloutFailed', 'Rollback', 'MarkFailed', 'ProvisionFailed']);
    expect(JSON.parse(local.cause!)).toEqual(failedRollout);
    expect(moto.statesEntered).toEqual(local.statesEntered);
    expect(moto.invocations).toEqual(local.invocations);
    expect(moto.status).toBe(local.status);
    expect(moto.error).toBe(local.error);
    // States.JsonToString: both engines write compact JSON, so the Cause is the same string.
    expect(moto.cause).toBe(local.cause);
  });

  it('rollback driven by a task result: a namespace still Terminating at maxNamespaceWaits goes through the wait loop to NamespaceDeadline on both engines', { timeout: scenarioTimeout }, async () => {
    const terminating: FakeTask = (state) => ({ ...state, namespaceTerminating: true, namespaceWaits: (state.namespaceWaits ?? 0) + 1 });
    const { local, moto } = await runScenario('provision-instance', 'provision-namespace-deadline', { ...provisionInput, maxNamespaceWaits: 2 }, { 'provisioning/ensure-namespace': terminating });

    expect(local).toMatchObject({ status: 'FAILED', error: 'NamespaceDeadline', cause: 'The customer namespace was still being deleted after 2 checks' });
    expect(local.statesEntered.slice(2)).toEqual([
      'LoadInstance', 'PlaceInstance', 'EnsureNamespace', 'NamespaceReady?', 'WaitForNamespace', 'EnsureNamespace', 'NamespaceReady?', 'NamespaceDeadline', 'Rollback', 'MarkFailed', 'ProvisionFailed',
    ]);
    expect(comparable(moto)).toEqual(local);
  });

  // The error path of the synthesized definitions: the task's Lambda function fails. Not retried (the failure
  // moto can make is none of the transient errors), caught by States.ALL into $.failure, rolled back.
  it.each([
    { workflow: 'provision-instance' as const, failing: 'provisioning/place-instance', input: provisionInput, tail: ['PlaceInstance', 'Rollback', 'MarkFailed', 'ProvisionFailed'], ends: 'ProvisionFailed' },
    { workflow: 'deprovision-instance' as const, failing: 'provisioning/delete-namespace-if-empty', input: { instanceId: 'inst-1' }, tail: ['DeleteNamespaceIfEmpty', 'MarkDeprovisionFailed', 'DeprovisionFailed'], ends: 'DeprovisionFailed' },
  ])('rollback driven by a task failure: $failing failing once is caught without a retry, its failure handled, and the execution ends in $ends on both engines', { timeout: scenarioTimeout }, async ({ workflow, failing, input, tail }) => {
    const { local, moto } = await runScenario(workflow, `${workflow}-task-failed`, input, { [failing]: answersOversized });

    expect(local.statesEntered.slice(-tail.length)).toEqual(tail);
    expect(moto.statesEntered).toEqual(local.statesEntered);
    expect(local.invocations.filter(({ handler }) => handler === failing)).toHaveLength(1);
    expect(withoutFailure(moto.invocations)).toEqual(withoutFailure(local.invocations));
    // The failure reaches the handlers after the Catch at $.failure, and the Fail state, under each engine's name.
    expect(local.invocations.at(-1)!.input).toMatchObject({ failure: { Error: oversizeError.local } });
    expect(moto.invocations.at(-1)!.input).toMatchObject({ failure: { Error: oversizeError.moto } });
    expect(local).toMatchObject({ status: 'FAILED', error: oversizeError.local });
    expect(moto).toMatchObject({ status: 'FAILED', error: oversizeError.moto });
    expect(moto.events.filter(({ type }) => type === 'LambdaFunctionFailed').map(({ lambdaFunctionFailedEventDetails }) => lambdaFunctionFailedEventDetails!.error)).toEqual([
      oversizeError.moto,
    ]);
  });
});

/**
 * The retry path cannot be driven with the synthesized Retry on moto 5.2.6. Every task retries only
 * transientTaskErrors (TransientError and Lambda's service errors, functions/workflows.ts), and no error of
 * that list can come out of a Lambda task on moto (paths under moto/stepfunctions/parser/asl/component/
 * state/exec/state_task/ unless named otherwise):
 * - a failed Invoke (any ClientError, a throttle included) is named `Exception` (state_task_lambda.py lines
 *   65-68: `error = "Exception"`), where AWS names it `Lambda.<exception>`, the names the retrier lists;
 * - a FunctionError is named by its errorType (state_task_lambda.py lines 69-79), and the only one moto
 *   makes is `Function.ResponseSizeTooLarge` (moto/awslambda/responses.py lines 63-70): the stub never
 *   sets one (moto/awslambda_simple/models.py lines 25-28), so no handler error such as TransientError;
 * - an oversized output is States.DataLimitExceeded (lines 96-117), a timeout States.Timeout (lines 51-61),
 *   anything else States.TaskFailed (lines 80-82).
 * Nor can LocalStack's mocked responses (whose `Throw` names any error) be used: moto builds an execution's
 * ExecutionWorker without a mock test case (moto/stepfunctions/parser/backend/execution.py lines 278-287),
 * so `is_mocked_mode()` is never true.
 *
 * So the retrier itself is driven through a derived definition: the provisioning definition with one change
 * to ApplyInstanceObjects' retrier, which also lists the errors the two engines give a result over 6 MB,
 * and MaxDelaySeconds 1, so that four retries on moto (which really sleeps, up to 2, 4, 8 and 16 s with
 * full jitter) take seconds. IntervalSeconds, BackoffRate, MaxAttempts, the jitter and the Catch are the
 * synthesized ones.
 */
const retryingOversize = (definition: string): string => {
  const parsed = JSON.parse(definition) as { States: Record<string, { Retry?: { ErrorEquals: string[]; MaxDelaySeconds?: number }[] }> };
  const retrier = parsed.States.ApplyInstanceObjects!.Retry![0]!;
  retrier.ErrorEquals = [...retrier.ErrorEquals, oversizeError.moto, oversizeError.local];
  retrier.MaxDelaySeconds = 1;
  return JSON.stringify(parsed);
};

describe('upgrade-batch on moto, against the local runner', () => {
  const batchInput = { serviceSlug: 'n8n', fromVersion: '1.64.0', batchId: 'batch-1', pollSeconds: 1, maxPolls: 2 };
  /** AdvanceBatch as the real one answers: the batch's status, one more poll. */
  const advancing = (statuses: string[]): FakeTask => (state, call) => ({ ...state, status: statuses[Math.min(call, statuses.length) - 1], polls: (state.polls ?? 0) + 1 });

  it('polls a RUNNING batch through its Wait and ends when it completes, the same on both engines', { timeout: scenarioTimeout }, async () => {
    const { local, moto } = await runScenario('upgrade-batch', 'batch-completes', batchInput, { 'upgrade-batch-steps/advance-batch': advancing(['RUNNING', 'COMPLETED']) });

    expect(local.status).toBe('SUCCEEDED');
    expect(local.statesEntered).toEqual(['PollingDefaults', 'ApplyPollingDefaults', 'AdvanceBatch', 'BatchRunning?', 'WaitForBatch', 'AdvanceBatch', 'BatchRunning?', 'BatchSettled']);
    expect(comparable(moto)).toEqual(local);
    expect(moto.output).toEqual({ ...batchInput, status: 'COMPLETED', polls: 2 });
  });

  it('a batch still RUNNING at maxPolls goes BatchDeadline → PauseBatch → BatchFailed with the same error and cause on both engines', { timeout: scenarioTimeout }, async () => {
    const { local, moto } = await runScenario('upgrade-batch', 'batch-deadline', batchInput, { 'upgrade-batch-steps/advance-batch': advancing(['RUNNING']) });

    expect(local).toMatchObject({ status: 'FAILED', error: 'BatchDeadline', cause: 'The batch was still running after 2 checks' });
    expect(local.statesEntered.slice(-4)).toEqual(['BatchRunning?', 'BatchDeadline', 'PauseBatch', 'BatchFailed']);
    expect(local.invocations.at(-1)).toEqual({ handler: 'upgrade-batch-steps/pause-batch', input: expect.objectContaining({ failure: { Error: 'BatchDeadline', Cause: 'The batch was still running after 2 checks' } }) });
    expect(comparable(moto)).toEqual(local);
  });
});

describe('the retry path, through a derived definition (the synthesized Retry cannot be reached on moto)', () => {
  const derived = () => ({ local: retryingOversize(localDefinitions['provision-instance']), moto: retryingOversize(motoDefinitions['provision-instance']) });

  it('a task that fails once is retried in the same state and the workflow succeeds, the same on both engines', { timeout: scenarioTimeout }, async () => {
    const failsOnce: FakeTask = (state, call) => (call === 1 ? answersOversized(state, call) : state);
    const { local, moto } = await runScenario('provision-instance', 'provision-retried', provisionInput, { 'provisioning/apply-instance-objects': failsOnce }, derived());

    expect(local.status).toBe('SUCCEEDED');
    // A retry is no new state entry on either engine: the states are those of a run without a failure.
    expect(local.statesEntered).toEqual([...upToRollout, 'CheckRollout', 'RolloutDone?', 'MarkRunning', 'Provisioned']);
    expect(local.invocations.filter(({ handler }) => handler === 'provisioning/apply-instance-objects')).toHaveLength(2);
    expect(comparable(moto)).toEqual(local);
    expect(moto.events.filter(({ type }) => type === 'LambdaFunctionFailed').map(({ lambdaFunctionFailedEventDetails }) => lambdaFunctionFailedEventDetails!.error)).toEqual([
      oversizeError.moto,
    ]);
  });

  it('a task that keeps failing is attempted 1 + MaxAttempts (4) times, then caught and rolled back, the same on both engines', { timeout: scenarioTimeout }, async () => {
    const { local, moto } = await runScenario('provision-instance', 'provision-retries-exhausted', provisionInput, { 'provisioning/apply-instance-objects': answersOversized }, derived());

    expect(local.invocations.filter(({ handler }) => handler === 'provisioning/apply-instance-objects')).toHaveLength(5);
    expect(local.statesEntered).toEqual([...upToRollout, 'Rollback', 'MarkFailed', 'ProvisionFailed']);
    expect(moto.statesEntered).toEqual(local.statesEntered);
    expect(withoutFailure(moto.invocations)).toEqual(withoutFailure(local.invocations));
    expect(local).toMatchObject({ status: 'FAILED', error: oversizeError.local });
    expect(moto).toMatchObject({ status: 'FAILED', error: oversizeError.moto });
    expect(moto.events.filter(({ type }) => type === 'LambdaFunctionFailed')).toHaveLength(5);
  });
});

describe('what moto gets wrong about a failing Lambda task', () => {
  it('moto runs a task whose function was never created as a success (in AWS, Lambda answers ResourceNotFoundException and the task fails), so a missing function cannot drive the Catch', { timeout: scenarioTimeout }, async () => {
    const missing = `arn:aws:lambda:us-east-1:123456789012:function:${functionNameOf('provisioning/never-created')}`;
    const definition = motoDefinitions['deprovision-instance'].replace(functionArns.get('provisioning/delete-instance-objects')!, missing);
    expect(definition).toContain(missing);
    const stateMachineArn = await createStateMachine('deprovision-missing-function', definition);

    const moto = await runOnMoto(stateMachineArn, 'deprovision-missing-function', { instanceId: 'inst-1' });

    // moto/awslambda_simple/models.py `invoke` answers the queue or the request payload without looking the
    // function up; moto/awslambda/responses.py `invoke` calls it directly. The missing function "echoes".
    expect(moto.status).toBe('SUCCEEDED');
    expect(moto.invocations[0]).toEqual({ handler: `(not a platform function: ${missing})`, input: { instanceId: 'inst-1' } });
    expect(moto.events.some(({ type }) => type === 'LambdaFunctionFailed')).toBe(false);
  });

  it('a result between 256 KiB and 6 MB: both engines catch States.DataLimitExceeded (AWS’s States.ALL does not), and moto then fails in ProvisionFailed with States.Runtime', { timeout: scenarioTimeout }, async () => {
    const overStateLimit = 'x'.repeat(300 * 1024);
    const { local, moto } = await runScenario('provision-instance', 'provision-state-limit', provisionInput, { 'provisioning/place-instance': () => overStateLimit as unknown as WorkflowState });

    // AWS: "The States.ALL error type ... can't catch the States.DataLimitExceeded terminal error"
    // (docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html); in AWS this execution
    // fails in PlaceInstance without a rollback. Both engines match it anyway (moto:
    // error_equals_decl.py line 53, States.ALL matches every error) and roll back.
    expect(local.statesEntered.slice(-4)).toEqual(['PlaceInstance', 'Rollback', 'MarkFailed', 'ProvisionFailed']);
    expect(moto.statesEntered).toEqual(local.statesEntered);
    expect(local).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    // moto's Fail state makes the error it reads at ErrorPath a CustomErrorName, which refuses a `States.`
    // name (stepfunctions/parser/asl/component/state/fail/state_fail.py line 45, custom_error_name.py
    // lines 16-21), so the execution fails with States.Runtime instead of the caught error.
    expect(moto).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: expect.stringContaining("Custom Error Names MUST NOT begin with the prefix 'States.'") });
  });
});
