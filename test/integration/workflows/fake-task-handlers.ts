import { startLocalWorkflowRunner, type LocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';

export type WorkflowState = Record<string, any>;
export type FakeTask = (state: WorkflowState, call: number) => WorkflowState | Promise<WorkflowState>;

/** An error as a handler throws it: Step Functions matches Retry and Catch on its `name`. */
export const taskError = (name: string, message = `${name} from a fake task`): Error => Object.assign(new Error(message), { name });

/** A rollout that is ready at the `readyAt`-th poll; `check-rollout` increments `pollCount` like the real one. */
export const rolloutReadyAt =
  (readyAt: number): FakeTask =>
  (state) => {
    const pollCount = (state.pollCount ?? 0) + 1;
    return { ...state, pollCount, rollout: { ready: pollCount >= readyAt, failed: false } };
  };

/**
 * Stand-ins for the task handler modules: each returns the state it got unless a test scripts it, and every
 * call is recorded with the state it received.
 */
export const fakeTaskHandlers = (scripted: Record<string, FakeTask> = {}) => {
  const calls: { handler: string; state: WorkflowState }[] = [];
  const invoke = async (handler: string, state: unknown) => {
    calls.push({ handler, state: state as WorkflowState });
    const call = calls.filter((recorded) => recorded.handler === handler).length;
    const task = scripted[handler] ?? (handler === 'provisioning/check-rollout' ? rolloutReadyAt(1) : (given: WorkflowState) => given);
    return task(state as WorkflowState, call);
  };
  return {
    invoke,
    calls,
    /** Handler modules in call order, without the `provisioning/` prefix. */
    order: () => calls.map(({ handler }) => handler.replace('provisioning/', '')),
    stateOf: (handler: string) => calls.findLast((recorded) => recorded.handler === `provisioning/${handler}`)?.state,
  };
};

/** A runner over the synthesized definitions whose waits and retries take a millisecond. */
export const fastRunner = (invoke: (handler: string, state: unknown) => Promise<unknown>): LocalWorkflowRunner =>
  startLocalWorkflowRunner({ invoke, waitMilliseconds: 1, retryMilliseconds: 1 });

/** The state names an execution entered, in order. */
export const statesEntered = (execution: { events: { type: string; state?: string }[] }): string[] =>
  execution.events.filter(({ type }) => type === 'StateEntered').map(({ state }) => state!);
