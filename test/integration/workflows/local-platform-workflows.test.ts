import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { workflows } from '../../../functions/workflows';
import { useLocalPlatform } from '../../support/local-platform';

// The wiring only: the real task handlers run in the e2e provisioning tests.
const platform = useLocalPlatform({ seed: false });

describe('the local platform', () => {
  it('tells the functions where Step Functions is and which ARNs the workflows have', () => {
    expect(process.env.AWS_ENDPOINT_URL_SFN).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const workflow of workflows) expect(process.env[workflow.arnVariable]).toBe(platform().workflows.stateMachineArn(workflow.name));
  });

  it('answers the SDK from its workflow runner, as the starters will call it', async () => {
    // No endpoint option: the client finds AWS_ENDPOINT_URL_SFN itself, as the starters' clients will.
    const sfn = new SFNClient({ region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const executionArn = 'arn:aws:states:local:000000000000:execution:provision-instance:nobody';
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn }))).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
    sfn.destroy();
  });
});
