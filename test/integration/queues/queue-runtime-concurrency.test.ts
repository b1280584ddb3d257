import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueDefinition } from '../../../functions/queues';
import { createLocalEventBus } from '../../../infra/local/local-event-bus';
import { localInvocation } from '../../../infra/local/local-invocation';
import { type LocalQueueRuntime, startLocalQueueRuntime } from '../../../infra/local/local-queue-runtime';

// Two queues whose consumers take a while per batch of one message, polled by three loops at once, the
// second's row allowing two batches at a time only.
const slow: QueueDefinition = { name: 'fixture-slow', handler: 'fixtures/slow', visibilityTimeoutSeconds: 30, maxReceiveCount: 3, batchSize: 1 };
const capped: QueueDefinition = { name: 'fixture-capped', handler: 'fixtures/capped', visibilityTimeoutSeconds: 30, maxReceiveCount: 3, batchSize: 1, maxConcurrency: 2 };
let running = 0;
let mostAtOnce = 0;
const handled: { body: string; invocation: unknown }[] = [];
const cappedRuns = { running: 0, mostAtOnce: 0, handled: [] as string[] };
let runtime: LocalQueueRuntime;

beforeAll(async () => {
  runtime = await startLocalQueueRuntime({
    bus: createLocalEventBus(),
    queues: [slow, capped],
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
      'fixtures/capped': async (event: SQSEvent) => {
        cappedRuns.running += 1;
        cappedRuns.mostAtOnce = Math.max(cappedRuns.mostAtOnce, cappedRuns.running);
        await sleep(300);
        cappedRuns.handled.push(...event.Records.map((record) => record.body));
        cappedRuns.running -= 1;
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

  it('handles no more batches at once than the row’s maxConcurrency, as the AWS event source', async () => {
    const bodies = ['a', 'b', 'c', 'd', 'e', 'f'];
    await runtime.sqs.send(new SendMessageBatchCommand({ QueueUrl: runtime.get(capped.name).url, Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })) }));
    await runtime.drain();
    expect(cappedRuns.handled.sort()).toEqual(bodies);
    expect(cappedRuns.mostAtOnce).toBe(2);
  });

  it('runs each consumer inside its local invocation, so in-process tools can tell its work from a request’s', () => {
    expect(handled.every((h) => JSON.stringify(h.invocation) === JSON.stringify({ kind: 'queue', name: slow.name }))).toBe(true);
    expect(localInvocation.getStore()).toBeUndefined();
  });
});
