import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueDefinition } from '../../../functions/queues';
import { createLocalEventBus } from '../../../infra/local/local-event-bus';
import { localInvocation } from '../../../infra/local/local-invocation';
import { type LocalQueueRuntime, startLocalQueueRuntime } from '../../../infra/local/local-queue-runtime';

// One queue whose consumer takes a while per batch of one message, polled by three loops at once.
const slow: QueueDefinition = { name: 'fixture-slow', handler: 'fixtures/slow', visibilityTimeoutSeconds: 30, maxReceiveCount: 3, batchSize: 1 };
let running = 0;
let mostAtOnce = 0;
const handled: { body: string; invocation: unknown }[] = [];
let runtime: LocalQueueRuntime;

beforeAll(async () => {
  runtime = await startLocalQueueRuntime({
    bus: createLocalEventBus(),
    queues: [slow],
    rules: [],
    region: 'us-east-1',
    waitTimeSeconds: 1,
    pollerConcurrency: 3,
    handlers: {
      'fixtures/slow': async (event: SQSEvent) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(300);
        handled.push(...event.Records.map((record) => ({ body: record.body, invocation: localInvocation.getStore() })));
        running -= 1;
      },
    },
  });
});
afterAll(async () => {
  await runtime?.stop();
});

describe('the local queue runtime', () => {
  it('handles batches side by side with pollerConcurrency, and drain() waits until what was queued is handled', async () => {
    const bodies = ['a', 'b', 'c', 'd', 'e', 'f'];
    await runtime.sqs.send(new SendMessageBatchCommand({ QueueUrl: runtime.get(slow.name).url, Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })) }));
    await runtime.drain();
    expect(handled.map((h) => h.body).sort()).toEqual(bodies);
    expect(mostAtOnce).toBe(3);
    expect(running).toBe(0);
  });

  it('runs each consumer inside its local invocation, so in-process tools can tell its work from a request’s', () => {
    expect(handled.every((h) => JSON.stringify(h.invocation) === JSON.stringify({ kind: 'queue', name: slow.name }))).toBe(true);
    expect(localInvocation.getStore()).toBeUndefined();
  });
});
