import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueAdmin, QueueDepth } from '../../../shared/admin-queues/queue-admin';
import { listQueueDepths } from '../../../shared/admin-queues/queue-depths';
import { redriveDeadLetters } from '../../../shared/admin-queues/redrive-dead-letters';
import { sqsQueueAdmin } from '../../../shared/admin-queues/sqs-queue-admin';
import { AppError } from '../../../shared/errors/app-error';

const location = { name: 'fan-out', url: 'https://sqs/q', deadLetterUrl: 'https://sqs/dlq' };
const depthOf = (visible: number): QueueDepth => ({ visible, inFlight: 0, delayed: 0 });

/** A QueueAdmin that records its calls, with a DLQ depth per URL. */
const fakeAdmin = (depths: Record<string, number> = {}) => {
  const calls: string[] = [];
  const admin: QueueAdmin = {
    async depth(url) {
      calls.push(`depth ${url}`);
      return depthOf(depths[url] ?? 0);
    },
    async moveMessages(from, to, limits) {
      calls.push(`move ${from} → ${to} limit ${limits.limit}`);
      return { moved: 3 };
    },
  };
  return { admin, calls };
};

describe('the queue depths use case', () => {
  it("answers each queue's and its DLQ's depth, in table order", async () => {
    const { admin } = fakeAdmin({ 'https://sqs/dlq': 2 });
    expect(await listQueueDepths({ queues: [location], admin })).toEqual({
      items: [{ name: 'fan-out', queue: depthOf(0), deadLetterQueue: depthOf(2) }],
    });
  });

  it('answers an empty list for an empty table, asking SQS nothing', async () => {
    const { admin, calls } = fakeAdmin();
    expect(await listQueueDepths({ queues: [], admin })).toEqual({ items: [] });
    expect(calls).toEqual([]);
  });
});

describe('the redrive use case', () => {
  it("moves the DLQ's messages to its queue and tells what is left", async () => {
    const { admin, calls } = fakeAdmin({ 'https://sqs/dlq': 0 });
    const result = await redriveDeadLetters({ queues: [location], admin }, 'fan-out', { deadline: Date.now() + 5000 });
    expect(result).toEqual({ name: 'fan-out', moved: 3, deadLetterQueue: depthOf(0) });
    expect(calls).toEqual(['move https://sqs/dlq → https://sqs/q limit 1000', 'depth https://sqs/dlq']);
  });

  it('is not-found for a name the table does not have (an empty table included)', async () => {
    const { admin, calls } = fakeAdmin();
    for (const queues of [[location], []]) {
      const error = await redriveDeadLetters({ queues, admin }, 'other', { deadline: Date.now() + 5000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ type: 'not-found' });
    }
    expect(calls).toEqual([]);
  });
});

describe('the SQS queue admin', () => {
  const sqsMock = mockClient(SQSClient);
  afterEach(() => sqsMock.reset());
  const admin = sqsQueueAdmin(new SQSClient({ region: 'us-east-1' }));
  const message = (id: string) => ({ MessageId: id, ReceiptHandle: `rh-${id}`, Body: `body-${id}`, MessageAttributes: { kind: { DataType: 'String', StringValue: id } } });

  it('reads the three depth figures with one GetQueueAttributes', async () => {
    sqsMock.on(GetQueueAttributesCommand).resolves({
      Attributes: { ApproximateNumberOfMessages: '4', ApproximateNumberOfMessagesNotVisible: '2', ApproximateNumberOfMessagesDelayed: '1' },
    });
    expect(await admin.depth('https://sqs/q')).toEqual({ visible: 4, inFlight: 2, delayed: 1 });
    expect(sqsMock.commandCalls(GetQueueAttributesCommand)).toHaveLength(1);
  });

  it('sends each batch with its attributes, deletes from the DLQ only what the queue accepted, and stops when the DLQ is empty', async () => {
    sqsMock
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [message('a'), message('b')] })
      .resolvesOnce({ Messages: [message('c')] })
      .resolves({});
    sqsMock
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Successful: [{ Id: '0', MessageId: 'n1', MD5OfMessageBody: '' }], Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }] })
      .resolves({ Successful: [{ Id: '0', MessageId: 'n3', MD5OfMessageBody: '' }], Failed: [] });
    sqsMock.on(DeleteMessageBatchCommand).resolves({ Successful: [], Failed: [] });

    expect(await admin.moveMessages('https://sqs/dlq', 'https://sqs/q', { limit: 100, deadline: Date.now() + 10_000 })).toEqual({ moved: 2 });
    const sends = sqsMock.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input);
    expect(sends[0]).toEqual({
      QueueUrl: 'https://sqs/q',
      Entries: [
        { Id: '0', MessageBody: 'body-a', MessageAttributes: message('a').MessageAttributes },
        { Id: '1', MessageBody: 'body-b', MessageAttributes: message('b').MessageAttributes },
      ],
    });
    const deletes = sqsMock.commandCalls(DeleteMessageBatchCommand).map((call) => call.args[0].input);
    expect(deletes.map((input) => input.Entries!.map((entry) => entry.ReceiptHandle))).toEqual([['rh-a'], ['rh-c']]);
    expect(deletes.every((input) => input.QueueUrl === 'https://sqs/dlq')).toBe(true);
    // Received from the DLQ with a visibility that hides a batch while it moves, and a long poll to see emptiness.
    expect(sqsMock.commandCalls(ReceiveMessageCommand)[0]!.args[0].input).toMatchObject({ QueueUrl: 'https://sqs/dlq', WaitTimeSeconds: 1, VisibilityTimeout: 30 });
    expect(sqsMock.commandCalls(ReceiveMessageCommand)).toHaveLength(3);
  });

  it('moves no more than its limit, and starts no batch past its deadline', async () => {
    sqsMock.on(ReceiveMessageCommand).callsFake((input: { MaxNumberOfMessages: number }) => ({
      Messages: Array.from({ length: input.MaxNumberOfMessages }, (_, index) => message(String(index))),
    }));
    sqsMock.on(SendMessageBatchCommand).callsFake((input: { Entries: { Id: string }[] }) => ({
      Successful: input.Entries.map((entry) => ({ Id: entry.Id, MessageId: entry.Id, MD5OfMessageBody: '' })),
    }));
    sqsMock.on(DeleteMessageBatchCommand).resolves({});
    expect(await admin.moveMessages('d', 'q', { limit: 25, deadline: Date.now() + 10_000 })).toEqual({ moved: 25 });
    expect(sqsMock.commandCalls(ReceiveMessageCommand).map((call) => call.args[0].input.MaxNumberOfMessages)).toEqual([10, 10, 5]);

    sqsMock.resetHistory();
    expect(await admin.moveMessages('d', 'q', { limit: 25, deadline: Date.now() - 1 })).toEqual({ moved: 0 });
    expect(sqsMock.commandCalls(ReceiveMessageCommand)).toHaveLength(0);
  });

  it('stops when the queue refuses a whole batch, rather than spin', async () => {
    sqsMock.on(ReceiveMessageCommand).resolves({ Messages: [message('a')] });
    sqsMock.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [{ Id: '0', Code: 'KMS.AccessDenied', SenderFault: true }] });
    expect(await admin.moveMessages('d', 'q', { limit: 100, deadline: Date.now() + 10_000 })).toEqual({ moved: 0 });
    expect(sqsMock.commandCalls(ReceiveMessageCommand)).toHaveLength(1);
    expect(sqsMock.commandCalls(DeleteMessageBatchCommand)).toHaveLength(0);
  });
});
