import { afterEach, describe, expect, it } from 'vitest';
import type { LocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { fakeTaskHandlers, fastRunner, statesEntered, taskError, type FakeTask } from './fake-task-handlers';

let runner: LocalWorkflowRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const deprovision = async (scripted: Record<string, FakeTask> = {}) => {
  const fakes = fakeTaskHandlers(scripted);
  runner = fastRunner(fakes.invoke);
  const { executionArn } = runner.start('deprovision-instance', 'inst-1', { instanceId: 'inst-1' });
  return { fakes, execution: await runner.wait(executionArn) };
};

describe('the deprovisioning workflow', () => {
  it('deletes the objects, releases the capacity, removes an empty namespace, then marks the instance deleted', async () => {
    const { fakes, execution } = await deprovision();

    expect(execution.status).toBe('SUCCEEDED');
    expect(fakes.order()).toEqual(['delete-instance-objects', 'release-capacity', 'delete-namespace-if-empty', 'mark-deleted']);
    expect(execution.output).toEqual({ instanceId: 'inst-1' });
  });

  it('retries a transient error', async () => {
    const { fakes, execution } = await deprovision({
      'provisioning/release-capacity': (state, call) => {
        if (call < 3) throw taskError('TransientError');
        return state;
      },
    });
    expect(execution.status).toBe('SUCCEEDED');
    expect(fakes.order().filter((handler) => handler === 'release-capacity')).toHaveLength(3);
  });

  it('on a terminal error, marks the deprovisioning failed and fails with that error', async () => {
    const { fakes, execution } = await deprovision({
      'provisioning/delete-instance-objects': () => {
        throw taskError('Forbidden', 'cannot delete the deployment');
      },
    });

    expect(fakes.order()).toEqual(['delete-instance-objects', 'mark-deprovision-failed']);
    expect(fakes.stateOf('mark-deprovision-failed')).toMatchObject({ failure: { Error: 'Forbidden', Cause: 'cannot delete the deployment' } });
    expect(statesEntered(execution).slice(-2)).toEqual(['MarkDeprovisionFailed', 'DeprovisionFailed']);
    expect(execution).toMatchObject({ status: 'FAILED', error: 'Forbidden', cause: 'cannot delete the deployment' });
  });
});
