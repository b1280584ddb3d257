import { isDeepStrictEqual } from 'node:util';
import { ExecutionError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { WorkflowName } from '../../../functions/workflows';
import { handlerOfLocalFunctionArn } from './local-function-arn';

/** Step Functions' limit on the state passed between states. */
const maxStateBytes = 256 * 1024;

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

/** What happened in an execution, in order: the state machine's own event log, trimmed to what tests read. */
export interface LocalExecutionEvent {
  type: 'StateEntered' | 'StateRetried' | 'StateCaught' | 'StateFailed' | 'ExecutionSucceeded' | 'ExecutionFailed';
  state?: string;
  error?: string;
}

/** Shaped like DescribeExecution's answer, with the event history beside it. */
export interface LocalExecution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  input: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  startDate: Date;
  stopDate?: Date;
  events: LocalExecutionEvent[];
}

export interface LocalWorkflowRunnerOptions {
  /** Runs a task's handler module (`provisioning/load-instance`) on the workflow state; resolves to the new state. */
  invoke(handlerModule: string, state: unknown): Promise<unknown>;
  /**
   * The ASL to execute per workflow; by default the synthesized definitions of the platform's construct,
   * made at the first start (CDK takes a second or two to load, which a platform that runs no workflow
   * should not pay).
   */
  definitions?: Readonly<Record<WorkflowName, string>>;
  /** When set, every Wait state pauses this many milliseconds instead of its own time. */
  waitMilliseconds?: number;
  /** When set, every retry waits this many milliseconds instead of its backoff. */
  retryMilliseconds?: number;
  /** The region in the local state machine and execution ARNs (`local` by default). */
  region?: string;
}

export interface StartedExecution {
  executionArn: string;
  /** True when an execution of that name existed: it was not started again. */
  alreadyStarted: boolean;
}

type Definitions = Readonly<Record<WorkflowName, string>>;

export interface LocalWorkflowRunner {
  /** The ASL each workflow runs. */
  definitions(): Promise<Definitions>;
  stateMachineArn(stateMachine: WorkflowName): string;
  /**
   * StartExecution: the name is unique per state machine, so starting it again returns the first execution
   * and never runs a second. Like Step Functions, a different input under a used name throws
   * ExecutionAlreadyExists.
   */
  start(stateMachine: WorkflowName, executionName: string, input: object): StartedExecution;
  /** The execution when it has stopped (at once if it already has). A definition it could not run fails it. */
  wait(executionArn: string): Promise<LocalExecution>;
  describe(executionArn: string): LocalExecution | undefined;
  /** Aborts what is still running. */
  stop(): Promise<void>;
}

interface Running {
  execution: LocalExecution;
  done: Promise<LocalExecution>;
  abort: () => void;
}

/**
 * Step Functions on this machine (DESIGN section 6): aws-local-stepfunctions executes the synthesized
 * definition, and each Lambda task calls the handler module its Resource ARN names. Executions live in
 * memory, keyed by ARN, like a Step Functions account that forgets them on restart.
 */
export const startLocalWorkflowRunner = (options: LocalWorkflowRunnerOptions): LocalWorkflowRunner => {
  const region = options.region ?? 'local';
  const stateMachineArn = (name: WorkflowName) => `arn:aws:states:${region}:000000000000:stateMachine:${name}`;
  let definitions: Promise<Definitions> | undefined;
  const definitionsOf = () =>
    (definitions ??= options.definitions
      ? Promise.resolve(options.definitions)
      : import('./synthesize-workflows').then(({ synthesizeWorkflowDefinitions }) => synthesizeWorkflowDefinitions()));
  const executions = new Map<string, Running>();

  // Registered before anything is awaited, so a second start of the same name always finds the first.
  const register = (name: WorkflowName, execution: LocalExecution): Running => {
    let aborted = false;
    let abort = () => {
      aborted = true;
    };
    const run = async ({ machine, definition }: ValidatedMachine): Promise<Partial<LocalExecution>> => {
      if (aborted) return { status: 'ABORTED' };
      const started = machine.run(execution.input as never, { overrides: overridesOf(definition, options), context: contextOf(name, execution) });
      abort = started.abort;
      const history = recordEvents(started.eventLogs, execution.events);
      const outcome = await started.result.then((output): Partial<LocalExecution> => ({ status: 'SUCCEEDED', output }), failureOf);
      await history;
      return outcome;
    };
    const done = definitionsOf()
      .then((loaded) => machineOf(name, loaded[name]))
      .then(run, (error: unknown): Partial<LocalExecution> => ({ status: 'FAILED', error: 'InvalidDefinition', cause: error instanceof Error ? error.message : String(error) }))
      .then((outcome) => Object.assign(execution, outcome, { stopDate: new Date() }));
    return { execution, done, abort: () => abort() };
  };

  return {
    definitions: definitionsOf,
    stateMachineArn,
    start(stateMachine, executionName, input) {
      if (!/^[A-Za-z0-9_-]{1,80}$/.test(executionName)) throw namedError('InvalidName', `Execution name "${executionName}" is not valid.`);
      const executionArn = `arn:aws:states:${region}:000000000000:execution:${stateMachine}:${executionName}`;
      const existing = executions.get(executionArn);
      if (existing) {
        if (!isDeepStrictEqual(existing.execution.input, jsonCopy(input))) {
          throw namedError('ExecutionAlreadyExists', `Execution ${executionArn} already exists with another input.`);
        }
        return { executionArn, alreadyStarted: true };
      }
      const execution: LocalExecution = {
        executionArn,
        stateMachineArn: stateMachineArn(stateMachine),
        name: executionName,
        status: 'RUNNING',
        input: jsonCopy(input),
        startDate: new Date(),
        events: [],
      };
      executions.set(executionArn, register(stateMachine, execution));
      return { executionArn, alreadyStarted: false };
    },
    async wait(executionArn) {
      const running = executions.get(executionArn);
      if (!running) throw namedError('ExecutionDoesNotExist', `No execution ${executionArn}.`);
      return running.done;
    },
    describe: (executionArn) => executions.get(executionArn)?.execution,
    async stop() {
      const running = [...executions.values()].filter(({ execution }) => execution.status === 'RUNNING');
      for (const { abort } of running) abort();
      await Promise.all(running.map(({ done }) => done));
    },
  };
};

interface ValidatedMachine {
  machine: StateMachine;
  definition: StateMachineDefinition;
}

/** Validating a definition takes a second or two; a state machine keeps no state between runs, so share it. */
const validated = new Map<string, ValidatedMachine>();

const machineOf = (name: WorkflowName, json: string): ValidatedMachine => {
  let built = validated.get(json);
  if (!built) {
    const definition = parseDefinition(name, json);
    built = { machine: new StateMachine(definition), definition };
    validated.set(json, built);
  }
  return built;
};

/** Each Task state calls its handler; Wait states and retries take the configured time when one is set. */
const overridesOf = (definition: StateMachineDefinition, options: LocalWorkflowRunnerOptions) => {
  const states = Object.entries(definition.States);
  const namesOf = (test: (state: (typeof states)[number][1]) => boolean) => states.filter(([, state]) => test(state)).map(([stateName]) => stateName);
  const each = (names: string[], value: number) => Object.fromEntries(names.map((stateName) => [stateName, value]));
  return {
    taskResourceLocalHandlers: Object.fromEntries(
      states.flatMap(([stateName, state]) => (state.Type === 'Task' ? [[stateName, taskHandler(stateName, state.Resource, options.invoke)]] : [])),
    ),
    ...(options.waitMilliseconds !== undefined && { waitTimeOverrides: each(namesOf((state) => state.Type === 'Wait'), options.waitMilliseconds) }),
    ...(options.retryMilliseconds !== undefined && { retryIntervalOverrides: each(namesOf((state) => 'Retry' in state), options.retryMilliseconds) }),
  };
};

/** The context object (`$$`) Step Functions gives an execution. */
const contextOf = (name: WorkflowName, execution: LocalExecution) => ({
  Execution: { Id: execution.executionArn, Name: execution.name, StartTime: execution.startDate.toISOString() },
  StateMachine: { Id: execution.stateMachineArn, Name: name },
});

const recordedEvents = new Set<string>(['StateEntered', 'StateRetried', 'StateCaught', 'StateFailed', 'ExecutionSucceeded', 'ExecutionFailed']);

const recordEvents = async (source: AsyncGenerator<{ type: string; state?: { name: string }; Error?: unknown }>, into: LocalExecutionEvent[]) => {
  for await (const event of source) {
    if (!recordedEvents.has(event.type)) continue;
    into.push({
      type: event.type as LocalExecutionEvent['type'],
      ...(event.state && { state: event.state.name }),
      ...(event.Error !== undefined && { error: String(event.Error) }),
    });
  }
};

/**
 * A Task state's local stand-in for the Lambda invoke: the handler module comes from the Resource ARN, and
 * the state crosses a JSON boundary both ways, as it does through Lambda.
 */
const taskHandler = (stateName: string, resource: string, invoke: LocalWorkflowRunnerOptions['invoke']) => {
  const handlerModule = handlerOfLocalFunctionArn(resource);
  if (!handlerModule) throw new Error(`Task state ${stateName} calls ${resource}, which is not a local function ARN.`);
  return async (input: unknown) => {
    const output = jsonCopy(await invoke(handlerModule, jsonCopy(input)));
    if (Buffer.byteLength(JSON.stringify(output)) > maxStateBytes) {
      throw namedError('States.DataLimitExceeded', `${handlerModule} returned a state over ${maxStateBytes} bytes.`);
    }
    return output as never;
  };
};

/** Refuses what aws-local-stepfunctions would accept and then ignore: JSONata, and callback tasks. */
const parseDefinition = (name: WorkflowName, json: string): StateMachineDefinition => {
  if (/"QueryLanguage"\s*:\s*"JSONata"/.test(json)) throw new Error(`The ${name} definition uses JSONata, which the local runtime does not evaluate.`);
  if (json.includes('.waitForTaskToken')) throw new Error(`The ${name} definition waits for a task token, which the local runtime cannot.`);
  return JSON.parse(json) as StateMachineDefinition;
};

const failureOf = (failure: unknown): Pick<LocalExecution, 'status' | 'error' | 'cause'> => {
  if (failure instanceof ExecutionError && failure.cause instanceof Error) {
    return { status: 'FAILED', error: failure.cause.name, cause: failure.cause.message };
  }
  const error = failure instanceof Error ? failure : new Error(String(failure));
  return { status: error.name === 'ExecutionAbortedError' ? 'ABORTED' : 'FAILED', error: error.name, cause: error.message };
};

const jsonCopy = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

const namedError = (name: string, message: string): Error => Object.assign(new Error(message), { name });
