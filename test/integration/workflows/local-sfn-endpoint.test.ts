import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStepFunctionsEndpoint, type LocalStepFunctionsEndpoint } from '../../../infra/local/workflows/local-sfn-endpoint';
import type { LocalWorkflowRunner } from '../../../infra/local/workflows/local-workflow-runner';
import { fakeTaskHandlers, fastRunner } from './fake-task-handlers';

// The starters' own SDK calls, answered by the local runner.
const fakes = fakeTaskHandlers();
let runner: LocalWorkflowRunner;
let endpoint: LocalStepFunctionsEndpoint;
let sfn: SFNClient;

beforeAll(async () => {
  runner = fastRunner(fakes.invoke);
  endpoint = await startLocalStepFunctionsEndpoint({ runner });
  sfn = new SFNClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});

afterAll(async () => {
  sfn?.destroy();
  await endpoint?.close();
  await runner?.stop();
});

const start = (name: string, input: object) =>
  sfn.send(new StartExecutionCommand({ stateMachineArn: runner.stateMachineArn('provision-instance'), name, input: JSON.stringify(input) }));

describe('the local Step Functions endpoint', () => {
  it('starts an execution once per name and describes it until it has run', async () => {
    const first = await start('inst-1', { instanceId: 'inst-1' });
    const again = await start('inst-1', { instanceId: 'inst-1' });
    expect(again.executionArn).toBe(first.executionArn);
    expect(first.startDate).toBeInstanceOf(Date);

    await runner.wait(first.executionArn!);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: first.executionArn }));
    expect(described).toMatchObject({ name: 'inst-1', status: 'SUCCEEDED', stateMachineArn: runner.stateMachineArn('provision-instance') });
    expect(JSON.parse(described.output!)).toMatchObject({ instanceId: 'inst-1', rollout: { ready: true } });
    expect(described.stopDate).toBeInstanceOf(Date);
    expect(fakes.order().filter((handler) => handler === 'load-instance')).toHaveLength(1);
  });

  it('answers errors the SDK names as Step Functions does', async () => {
    await start('inst-2', { instanceId: 'inst-2' });
    await expect(start('inst-2', { instanceId: 'inst-3' })).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
    await expect(
      sfn.send(new StartExecutionCommand({ stateMachineArn: 'arn:aws:states:local:000000000000:stateMachine:nope', name: 'x' })),
    ).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: 'arn:aws:states:local:000000000000:execution:provision-instance:none' }))).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
    });
  });
});
