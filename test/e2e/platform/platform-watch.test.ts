import { PurgeQueueCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker } from '../../support/provisioning';

/**
 * The platform watch through the local runtime (run as `npm run job -- platform-watch` runs it): capacity
 * running low and a DLQ holding messages are told to administrators as platform events, once when they
 * start and once when they end, whatever the number of runs.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;

beforeAll(async () => {
  admin = await api.adminToken();
});

const watch = async () => {
  const answer = await api.call('POST', '/_local/jobs/platform-watch', { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as { signals: { key: string; raised: boolean }[]; changed: string[] };
};
const told = async (type: string) => {
  await platform().drainStreams();
  return platform().bus.recent().filter((event) => event.type === type);
};

describe('the platform watch', () => {
  it('tells once that capacity is low while no node is healthy, and once that it recovered', async () => {
    const [first, second] = await Promise.all([watch(), watch()]);
    expect([...first.changed, ...second.changed]).toEqual(['capacity: raised']);
    await watch();
    expect(await told('capacity.low')).toHaveLength(1);

    await registerWorker(api, 'watch-node');
    expect((await watch()).changed).toEqual(['capacity: cleared']);
    await watch();
    const recovered = await told('capacity.recovered');
    expect(recovered).toHaveLength(1);
    expect(recovered[0]!.detail).toMatchObject({ healthyNodes: 1 });
  }, 60_000);

  it('tells once that a DLQ holds messages, with how many, and once that it was emptied', async () => {
    const { deadLetterUrl } = platform().queues.get('webhook-delivery');
    await platform().queues.sqs.send(new SendMessageCommand({ QueueUrl: deadLetterUrl, MessageBody: 'given up on' }));
    expect((await watch()).changed).toContain('dlq#webhook-delivery: raised');
    expect((await watch()).changed).toEqual([]);
    const raised = await told('queue.dead-letters');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.detail).toEqual({ queue: 'webhook-delivery', messages: 1 });

    await platform().queues.sqs.send(new PurgeQueueCommand({ QueueUrl: deadLetterUrl }));
    expect((await watch()).changed).toContain('dlq#webhook-delivery: cleared');
    expect(await told('queue.drained')).toHaveLength(1);
  }, 60_000);
});
