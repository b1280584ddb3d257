import { GetQueueAttributesCommand, SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueueDefinition } from '../../../functions/queues';
import { lambdaContext } from '../../../infra/local/lambda-context';
import { type LocalQueues, startLocalQueues } from '../../../infra/local/local-queues';
import { startQueuePoller } from '../../../infra/local/queue-poller';
import { sqsApi, type SqsApi } from '../../../shared/aws/sqs/sqs-api';
import { sqsQueuePort } from '../../../shared/queues/sqs-queue-port';

// Short visibilities so redeliveries come within a test; the runtime itself refuses rows under 6 s (as CDK does).
const row = (name: string, visibilityTimeoutSeconds: number, maxReceiveCount = 5): QueueDefinition => ({
  name,
  handler: `fixtures/${name}`,
  visibilityTimeoutSeconds,
  maxReceiveCount,
  batchSize: 10,
});
const table = [row('succeeds', 1), row('partial', 1), row('poison', 1, 2), row('throws', 1), row('extends', 1), row('hastens', 30), row('delayed', 1)];

type Script = (record: SQSRecord, receive: number) => 'ok' | 'fail' | Promise<'ok' | 'fail'>;
const scripts: Record<string, Script> = {};
const received: Record<string, SQSRecord[]> = {};
const batches: Record<string, string[][]> = {};
const throwOnce = new Set<string>();

let local: LocalQueues;
/** The functions' own SQS client (the light one), over HTTP to the same fauxqs. */
let functionsSqs: SqsApi & { destroy(): void };
const pollers: ReturnType<typeof startQueuePoller>[] = [];

/** A fixture consumer: records every record and batch, and fails the ones its queue's script says. */
const fixtureHandler = (queue: string) => async (event: SQSEvent): Promise<SQSBatchResponse> => {
  (batches[queue] ??= []).push(event.Records.map((record) => record.body));
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    (received[queue] ??= []).push(record);
    const receive = received[queue]!.filter((seen) => seen.messageId === record.messageId).length;
    if ((await (scripts[queue] ?? (() => 'ok'))(record, receive)) === 'fail') failures.push({ itemIdentifier: record.messageId });
  }
  if (event.Records.some((record) => throwOnce.delete(record.body))) throw new Error('the whole batch fails');
  return { batchItemFailures: failures };
};

const depth = async (url: string) => {
  const { Attributes = {} } = await local.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return { visible: Number(Attributes.ApproximateNumberOfMessages), inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible) };
};
const send = (queue: string, body: string) => local.sqs.send(new SendMessageCommand({ QueueUrl: local.get(queue).url, MessageBody: body }));
const bodiesOf = (queue: string) => (received[queue] ?? []).map((record) => record.body);

beforeAll(async () => {
  local = await startLocalQueues({ queues: table, region: 'us-east-1' });
  functionsSqs = sqsApi({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  for (const queue of local.queues) {
    pollers.push(
      startQueuePoller({
        sqs: local.sqs,
        queue: { name: queue.name, url: queue.url, arn: queue.arn, batchSize: queue.definition.batchSize },
        region: 'us-east-1',
        invoke: fixtureHandler(queue.name),
        context: () => lambdaContext(queue.definition.handler),
        waitTimeSeconds: 1,
      }),
    );
  }
});
afterAll(async () => {
  for (const poller of pollers) await poller.stop();
  functionsSqs?.destroy();
  await local?.stop();
});

describe('a local queue poller', () => {
  it('hands the consumer the SQS event Lambda would, and deletes what succeeded', async () => {
    await send('succeeds', 'hello');
    await vi.waitFor(() => expect(bodiesOf('succeeds')).toEqual(['hello']), { timeout: 5000 });
    const [record] = received.succeeds!;
    expect(record).toMatchObject({
      body: 'hello',
      eventSource: 'aws:sqs',
      eventSourceARN: local.get('succeeds').arn,
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(record!.messageId).toBeTruthy();
    expect(record!.receiptHandle).toBeTruthy();
    await vi.waitFor(async () => expect(await depth(local.get('succeeds').url)).toEqual({ visible: 0, inFlight: 0 }), { timeout: 3000 });
  });

  it('leaves a reported failure to come back after the visibility timeout, and deletes the rest of the batch', async () => {
    scripts.partial = (record, receive) => (record.body === 'b' && receive === 1 ? 'fail' : 'ok');
    await local.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: local.get('partial').url, Entries: ['a', 'b', 'c'].map((body) => ({ Id: body, MessageBody: body })) }),
    );
    await vi.waitFor(() => expect(bodiesOf('partial').sort()).toEqual(['a', 'b', 'b', 'c']), { timeout: 8000 });
    const second = received.partial!.filter((record) => record.body === 'b')[1]!;
    expect(second.attributes.ApproximateReceiveCount).toBe('2');
    await vi.waitFor(async () => expect(await depth(local.get('partial').url)).toEqual({ visible: 0, inFlight: 0 }), { timeout: 3000 });
    expect(await depth(local.get('partial').deadLetterUrl)).toEqual({ visible: 0, inFlight: 0 });
  });

  it('lets SQS move a message that fails maxReceiveCount times to the DLQ, and it is not handed over again', async () => {
    scripts.poison = () => 'fail';
    await send('poison', 'poison pill');
    await vi.waitFor(async () => expect((await depth(local.get('poison').deadLetterUrl)).visible).toBe(1), { timeout: 10_000 });
    expect(received.poison!.map((record) => record.attributes.ApproximateReceiveCount)).toEqual(['1', '2']);
    expect(await depth(local.get('poison').url)).toEqual({ visible: 0, inFlight: 0 });
  });

  it('treats a thrown error as the failure of the whole batch', async () => {
    throwOnce.add('boom');
    await local.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: local.get('throws').url, Entries: ['boom', 'bystander'].map((body) => ({ Id: body, MessageBody: body })) }),
    );
    await vi.waitFor(() => expect(bodiesOf('throws').sort()).toEqual(['boom', 'boom', 'bystander', 'bystander']), { timeout: 8000 });
    await vi.waitFor(async () => expect(await depth(local.get('throws').url)).toEqual({ visible: 0, inFlight: 0 }), { timeout: 3000 });
  });

  it("honours a visibility the consumer sets on a failed message: later than the queue's (a retry delay)", async () => {
    scripts.extends = async (record, receive) => {
      if (receive > 1) return 'ok';
      await sqsQueuePort(functionsSqs, local.get('extends').url).retryAfter(record.receiptHandle, 3600);
      return 'fail';
    };
    await send('extends', 'later');
    await vi.waitFor(() => expect(bodiesOf('extends')).toEqual(['later']), { timeout: 5000 });
    // Three times the queue's own 1 s visibility: without the change it would have been received again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(bodiesOf('extends')).toEqual(['later']);
    expect(await depth(local.get('extends').url)).toEqual({ visible: 0, inFlight: 1 });
  });

  it("honours a visibility the consumer sets on a failed message: sooner than the queue's", async () => {
    scripts.hastens = async (record, receive) => {
      if (receive > 1) return 'ok';
      await sqsQueuePort(functionsSqs, local.get('hastens').url).retryAfter(record.receiptHandle, 0);
      return 'fail';
    };
    await send('hastens', 'now');
    // The queue's visibility is 30 s; the second receive comes well before it.
    await vi.waitFor(() => expect(bodiesOf('hastens')).toEqual(['now', 'now']), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await depth(local.get('hastens').url)).toEqual({ visible: 0, inFlight: 0 }), { timeout: 3000 });
  });

  it('hands over a message sent with a delay only once the delay has passed', async () => {
    await sqsQueuePort(functionsSqs, local.get('delayed').url).send('in two seconds', { delaySeconds: 2 });
    const { Attributes = {} } = await local.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: local.get('delayed').url, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }),
    );
    expect(Attributes.ApproximateNumberOfMessagesDelayed).toBe('1');
    expect(bodiesOf('delayed')).toEqual([]);
    await vi.waitFor(() => expect(bodiesOf('delayed')).toEqual(['in two seconds']), { timeout: 8000 });
  });

  it('stops promptly while a receive is waiting', async () => {
    const idle = startQueuePoller({
      sqs: local.sqs,
      queue: { name: 'succeeds', url: local.get('succeeds').url, arn: local.get('succeeds').arn, batchSize: 1 },
      region: 'us-east-1',
      invoke: fixtureHandler('succeeds'),
      context: () => lambdaContext('idle'),
      waitTimeSeconds: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Stopped before its long poll would have ended by itself: the receive was cut short, not waited out.
    const longPollOver = new Promise<'the long poll ended'>((resolve) => setTimeout(() => resolve('the long poll ended'), 20_000).unref());
    expect(await Promise.race([idle.stop().then(() => 'stopped' as const), longPollOver])).toBe('stopped');
  });
});
