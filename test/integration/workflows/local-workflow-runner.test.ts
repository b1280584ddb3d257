import { afterEach, describe, expect, it } from 'vitest';
import { startLocalWorkflowRunner, type LocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { synthesizeWorkflowDefinitions } from '../../../infra/local/workflows/synthesize-workflows';
import { fakeTaskHandlers, fastRunner, rolloutReadyAt } from './fake-task-handlers';

let runner: LocalWorkflowRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

describe('starting an execution', () => {
  it('twice under the same name runs it once and answers with the first execution', async () => {
    const fakes = fakeTaskHandlers({ 'provisioning/check-rollout': rolloutReadyAt(2) });
    runner = fastRunner(fakes.invoke);
    const first = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    const second = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    await runner.wait(first.executionArn);
    const third = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });

    expect(first).toEqual({ executionArn: 'arn:aws:states:local:000000000000:execution:provision-instance:inst-1', alreadyStarted: false });
    expect(second).toEqual({ ...first, alreadyStarted: true });
    expect(third).toEqual({ ...first, alreadyStarted: true });
    expect(fakes.order().filter((handler) => handler === 'load-instance')).toHaveLength(1);
    expect(fakes.order().filter((handler) => handler === 'mark-running')).toHaveLength(1);
  });

  it('under a used name with another input is refused, as Step Functions does', () => {
    runner = fastRunner(fakeTaskHandlers().invoke);
    runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    expect(() => runner!.start('provision-instance', 'inst-1', { instanceId: 'inst-2' })).toThrow(
      expect.objectContaining({ name: 'ExecutionAlreadyExists' }),
    );
  });

  it('is per state machine: the instance id names both its provisioning and its deprovisioning', async () => {
    runner = fastRunner(fakeTaskHandlers().invoke);
    const provisioned = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    const deprovisioned = runner.start('deprovision-instance', 'inst-1', { instanceId: 'inst-1' });
    expect(deprovisioned.alreadyStarted).toBe(false);
    expect(deprovisioned.executionArn).not.toBe(provisioned.executionArn);
    expect((await runner.wait(deprovisioned.executionArn)).status).toBe('SUCCEEDED');
  });

  it('is described as running until it stops', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    runner = fastRunner(async (handler, state) => {
      if (handler === 'provisioning/load-instance') await held;
      return handler === 'provisioning/check-rollout' ? { ...(state as object), pollCount: 1, rollout: { ready: true, failed: false } } : state;
    });
    const { executionArn } = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    expect(runner.describe(executionArn)).toMatchObject({ status: 'RUNNING', name: 'inst-1', input: { instanceId: 'inst-1' } });
    release();
    expect(await runner.wait(executionArn)).toMatchObject({ status: 'SUCCEEDED', stopDate: expect.any(Date) });
    expect(runner.describe('arn:aws:states:local:000000000000:execution:provision-instance:nobody')).toBeUndefined();
  });

  it('refuses a name Step Functions would refuse', () => {
    runner = fastRunner(fakeTaskHandlers().invoke);
    expect(() => runner!.start('provision-instance', 'inst 1/a', { instanceId: 'x' })).toThrow(expect.objectContaining({ name: 'InvalidName' }));
  });
});

describe('the runner', () => {
  it('refuses a JSONata definition, which aws-local-stepfunctions would accept and not evaluate', async () => {
    const definitions = synthesizeWorkflowDefinitions();
    const fakes = fakeTaskHandlers();
    runner = startLocalWorkflowRunner({
      invoke: fakes.invoke,
      definitions: { ...definitions, 'provision-instance': definitions['provision-instance'].replace('"QueryLanguage":"JSONPath"', '"QueryLanguage":"JSONata"') },
    });
    const { executionArn } = runner.start('provision-instance', 'inst-1', { instanceId: 'inst-1' });
    expect(await runner.wait(executionArn)).toMatchObject({ status: 'FAILED', error: 'InvalidDefinition', cause: expect.stringMatching(/JSONata/) });
    expect(fakes.calls).toEqual([]);
  });

  it('calls the handler module each Task state names in its Resource ARN', async () => {
    const fakes = fakeTaskHandlers();
    runner = fastRunner(fakes.invoke);
    const { executionArn } = runner.start('deprovision-instance', 'inst-1', { instanceId: 'inst-1' });
    await runner.wait(executionArn);
    const resources = Object.values(JSON.parse((await runner.definitions())['deprovision-instance']).States as Record<string, { Resource?: string }>)
      .map(({ Resource }) => Resource)
      .filter(Boolean);
    expect(resources).toContain('arn:aws:lambda:local:000000000000:function:provisioning--mark-deleted');
    expect(fakes.calls.map(({ handler }) => handler)).toContain('provisioning/mark-deleted');
  });
});
