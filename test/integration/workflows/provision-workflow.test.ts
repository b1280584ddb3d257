import { afterEach, describe, expect, it } from 'vitest';
import { defaultRolloutPolling, type ProvisionInput } from '../../../functions/workflows';
import { startLocalWorkflowRunner, type LocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { fakeTaskHandlers, fastRunner, rolloutReadyAt, statesEntered, taskError, type FakeTask } from './fake-task-handlers';

// The synthesized provision-instance definition, executed by aws-local-stepfunctions with fake task handlers.
let runner: LocalWorkflowRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const provision = async (scripted: Record<string, FakeTask> = {}, polling: Omit<ProvisionInput, 'instanceId'> = { pollSeconds: 5, maxPolls: 4 }) => {
  const fakes = fakeTaskHandlers(scripted);
  runner = fastRunner(fakes.invoke);
  const { executionArn } = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1', ...polling });
  return { fakes, execution: await runner.wait(executionArn) };
};

const upToRollout = ['load-instance', 'place-instance', 'ensure-namespace', 'apply-tenant-policy', 'apply-instance-objects'];

describe('the provisioning workflow', () => {
  it('runs every step in order, polls the rollout until it is ready, then marks the instance running', async () => {
    const { fakes, execution } = await provision({ 'provisioning/check-rollout': rolloutReadyAt(3) });

    expect(execution.status).toBe('SUCCEEDED');
    expect(fakes.order()).toEqual([...upToRollout, 'check-rollout', 'check-rollout', 'check-rollout', 'mark-running']);
    expect(statesEntered(execution)).toContain('WaitForRollout');
    expect(statesEntered(execution).at(-1)).toBe('Provisioned');
    // Each handler gets the whole state and returns it: the input, and what earlier tasks added.
    expect(fakes.stateOf('mark-running')).toMatchObject({ instanceId: 'inst-1', pollSeconds: 5, maxPolls: 4, pollCount: 3, rollout: { ready: true } });
    expect(execution.output).toEqual(fakes.stateOf('mark-running'));
  });

  it('polls with the default interval and deadline when the input sets none', async () => {
    const { fakes, execution } = await provision({ 'provisioning/check-rollout': rolloutReadyAt(Infinity) }, {});

    expect(fakes.stateOf('load-instance')).toEqual({ instanceId: 'inst-1', ...defaultRolloutPolling });
    expect(fakes.order().filter((handler) => handler === 'check-rollout')).toHaveLength(defaultRolloutPolling.maxPolls);
    expect(execution).toMatchObject({ status: 'FAILED', error: 'RolloutDeadline' });
  });

  it('waits for a customer namespace still being deleted, asking again after each wait, then goes on', async () => {
    const terminatingUntil = (readyAt: number): FakeTask => (state, call) =>
      call < readyAt ? { ...state, namespaceTerminating: true, namespaceWaits: (state.namespaceWaits ?? 0) + 1 } : { ...state, namespaceTerminating: false };
    const { fakes, execution } = await provision({ 'provisioning/ensure-namespace': terminatingUntil(3) }, { pollSeconds: 5, maxPolls: 4, maxNamespaceWaits: 10 });
    expect(execution.status).toBe('SUCCEEDED');
    expect(fakes.order().filter((handler) => handler === 'ensure-namespace')).toHaveLength(3);
    expect(statesEntered(execution)).toContain('WaitForNamespace');
  });

  it('rolls back with NamespaceDeadline when the namespace is still being deleted at the deadline', async () => {
    const alwaysTerminating: FakeTask = (state) => ({ ...state, namespaceTerminating: true, namespaceWaits: (state.namespaceWaits ?? 0) + 1 });
    const { fakes, execution } = await provision({ 'provisioning/ensure-namespace': alwaysTerminating }, { pollSeconds: 5, maxPolls: 4, maxNamespaceWaits: 3 });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'NamespaceDeadline' });
    expect(fakes.order()).toEqual(['load-instance', 'place-instance', 'ensure-namespace', 'ensure-namespace', 'ensure-namespace', 'rollback-instance', 'mark-failed']);
  });

  it('passes what one task adds to the next', async () => {
    const { fakes } = await provision({ 'provisioning/place-instance': (state) => ({ ...state, placement: { node: 'node-a' } }) });
    expect(fakes.stateOf('ensure-namespace')).toMatchObject({ placement: { node: 'node-a' } });
  });

  it('retries a task that throws TransientError, and goes on when the retry succeeds', async () => {
    const { fakes, execution } = await provision({
      'provisioning/apply-instance-objects': (state, call) => {
        if (call === 1) throw taskError('TransientError');
        return state;
      },
    });

    expect(execution.status).toBe('SUCCEEDED');
    expect(fakes.order().filter((handler) => handler === 'apply-instance-objects')).toHaveLength(2);
    expect(execution.events).toContainEqual({ type: 'StateRetried', state: 'ApplyInstanceObjects' });
  });

  it('gives up after four retries of a transient error, then rolls back', async () => {
    const { fakes, execution } = await provision({
      'provisioning/ensure-namespace': () => {
        throw taskError('TransientError', 'the API server is busy');
      },
    });

    expect(fakes.order()).toEqual(['load-instance', 'place-instance', ...Array(5).fill('ensure-namespace'), 'rollback-instance', 'mark-failed']);
    expect(execution).toMatchObject({ status: 'FAILED', error: 'TransientError', cause: 'the API server is busy' });
  });

  it('on a terminal error, does not retry: rolls back, marks the instance failed and fails with that error', async () => {
    const { fakes, execution } = await provision({
      'provisioning/place-instance': () => {
        throw taskError('NoCapacityError', 'no healthy node has room');
      },
    });

    expect(fakes.order()).toEqual(['load-instance', 'place-instance', 'rollback-instance', 'mark-failed']);
    expect(statesEntered(execution).slice(-3)).toEqual(['Rollback', 'MarkFailed', 'ProvisionFailed']);
    expect(fakes.stateOf('rollback-instance')).toMatchObject({ instanceId: 'inst-1', failure: { Error: 'NoCapacityError', Cause: 'no healthy node has room' } });
    expect(fakes.stateOf('mark-failed')).toMatchObject({ failure: { Error: 'NoCapacityError' } });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'NoCapacityError', cause: 'no healthy node has room' });
  });

  it('rolls back when the rollout is still not ready at the deadline', async () => {
    const { fakes, execution } = await provision({ 'provisioning/check-rollout': rolloutReadyAt(Infinity) }, { pollSeconds: 5, maxPolls: 3 });

    expect(fakes.order()).toEqual([...upToRollout, 'check-rollout', 'check-rollout', 'check-rollout', 'rollback-instance', 'mark-failed']);
    expect(statesEntered(execution)).toContain('RolloutDeadline');
    expect(fakes.stateOf('mark-failed')!.failure).toEqual({ Error: 'RolloutDeadline', Cause: 'The rollout was not ready after 3 polls' });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'RolloutDeadline' });
  });

  it('rolls back at once when the rollout has failed, with the rollout as the cause', async () => {
    const failed = { ready: false, failed: true, reason: 'ImagePullBackOff' };
    const { fakes, execution } = await provision({ 'provisioning/check-rollout': (state) => ({ ...state, pollCount: 1, rollout: failed }) });

    expect(fakes.order()).toEqual([...upToRollout, 'check-rollout', 'rollback-instance', 'mark-failed']);
    expect(JSON.parse(fakes.stateOf('mark-failed')!.failure.Cause)).toEqual(failed);
    expect(execution).toMatchObject({ status: 'FAILED', error: 'RolloutFailed' });
  });

  it('still marks the instance failed when the rollback itself fails, keeping the first failure', async () => {
    const { fakes, execution } = await provision({
      'provisioning/apply-tenant-policy': () => {
        throw taskError('Forbidden', 'quota rejected');
      },
      'provisioning/rollback-instance': () => {
        throw taskError('RollbackBroken', 'cannot delete');
      },
    });

    expect(fakes.order().slice(-2)).toEqual(['rollback-instance', 'mark-failed']);
    expect(fakes.stateOf('mark-failed')).toMatchObject({
      failure: { Error: 'Forbidden', Cause: 'quota rejected' },
      rollbackFailure: { Error: 'RollbackBroken', Cause: 'cannot delete' },
    });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Forbidden' });
  });

  it('rolls back when marking the instance running fails for good', async () => {
    const { fakes, execution } = await provision({
      'provisioning/mark-running': () => {
        throw taskError('ConditionFailed', 'instance was cancelled');
      },
    });
    expect(fakes.order().slice(-3)).toEqual(['mark-running', 'rollback-instance', 'mark-failed']);
    expect(execution.error).toBe('ConditionFailed');
  });

  it('waits the $.pollSeconds of the input between polls when no override is given', async () => {
    const fakes = fakeTaskHandlers({ 'provisioning/check-rollout': rolloutReadyAt(2) });
    runner = startLocalWorkflowRunner({ invoke: fakes.invoke });
    const started = Date.now();
    const { executionArn } = runner.start('provision-instance', 'inst-slow', { instanceId: 'inst-slow', pollSeconds: 1, maxPolls: 3 });
    expect((await runner.wait(executionArn)).status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});
