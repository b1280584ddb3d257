import { describe, expect, it } from 'vitest';
import type { QueueAdmin, QueueDepth } from '../../../shared/admin-queues/queue-admin';
import { listQueueDepths } from '../../../shared/admin-queues/queue-depths';
import { redriveDeadLetters } from '../../../shared/admin-queues/redrive-dead-letters';
import { sqsQueueAdmin } from '../../../shared/admin-queues/sqs-queue-admin';
import type { SqsApi } from '../../../shared/aws/sqs/sqs-api';
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

type AdminOperation = 'GetQueueAttributes' | 'ReceiveMessage' | 'SendMessageBatch' | 'DeleteMessageBatch';
type Answers = { [Op in AdminOperation]?: (input: Parameters<SqsApi[Op]>[0], call: number) => Awaited<ReturnType<SqsApi[Op]>> };

/** SQS as `answers` says, per operation (an operation it does not name answers empty), recording each request's input. */
const sqsAnswering = (answers: Answers) => {
  const inputs: { [Op in AdminOperation]: Parameters<SqsApi[Op]>[0][] } = { GetQueueAttributes: [], ReceiveMessage: [], SendMessageBatch: [], DeleteMessageBatch: [] };
  const operation =
    <Op extends AdminOperation>(name: Op) =>
    async (input: Parameters<SqsApi[Op]>[0]): Promise<Awaited<ReturnType<SqsApi[Op]>>> => {
      const seen = inputs[name] as Parameters<SqsApi[Op]>[0][];
      seen.push(input);
      const answer = answers[name] as ((input: Parameters<SqsApi[Op]>[0], call: number) => Awaited<ReturnType<SqsApi[Op]>>) | undefined;
      return answer ? answer(input, seen.length) : ({} as Awaited<ReturnType<SqsApi[Op]>>);
    };
  const admin = sqsQueueAdmin({
    GetQueueAttributes: operation('GetQueueAttributes'),
    ReceiveMessage: operation('ReceiveMessage'),
    SendMessageBatch: operation('SendMessageBatch'),
    DeleteMessageBatch: operation('DeleteMessageBatch'),
  });
  return { admin, inputs };
};

describe('the SQS queue admin', () => {
  const message = (id: string) => ({ MessageId: id, ReceiptHandle: `rh-${id}`, Body: `body-${id}`, MessageAttributes: { kind: { DataType: 'String', StringValue: id } } });

  it('reads the three depth figures with one GetQueueAttributes', async () => {
    const { admin, inputs } = sqsAnswering({
      GetQueueAttributes: () => ({ Attributes: { ApproximateNumberOfMessages: '4', ApproximateNumberOfMessagesNotVisible: '2', ApproximateNumberOfMessagesDelayed: '1' } }),
    });
    expect(await admin.depth('https://sqs/q')).toEqual({ visible: 4, inFlight: 2, delayed: 1 });
    expect(inputs.GetQueueAttributes).toHaveLength(1);
  });

  it('sends each batch with its attributes, deletes from the DLQ only what the queue accepted, and stops when the DLQ is empty', async () => {
    const { admin, inputs } = sqsAnswering({
      ReceiveMessage: (_, call) => (call === 1 ? { Messages: [message('a'), message('b')] } : call === 2 ? { Messages: [message('c')] } : {}),
      SendMessageBatch: (_, call) =>
        call === 1
          ? { Successful: [{ Id: '0', MessageId: 'n1', MD5OfMessageBody: '' }], Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }] }
          : { Successful: [{ Id: '0', MessageId: 'n3', MD5OfMessageBody: '' }], Failed: [] },
      DeleteMessageBatch: () => ({ Successful: [], Failed: [] }),
    });

    expect(await admin.moveMessages('https://sqs/dlq', 'https://sqs/q', { limit: 100, deadline: Date.now() + 10_000 })).toEqual({ moved: 2 });
    expect(inputs.SendMessageBatch[0]).toEqual({
      QueueUrl: 'https://sqs/q',
      Entries: [
        { Id: '0', MessageBody: 'body-a', MessageAttributes: message('a').MessageAttributes },
        { Id: '1', MessageBody: 'body-b', MessageAttributes: message('b').MessageAttributes },
      ],
    });
    const deletes = inputs.DeleteMessageBatch;
    expect(deletes.map((input) => (input.Entries ?? []).map((entry) => entry.ReceiptHandle))).toEqual([['rh-a'], ['rh-c']]);
    expect(deletes.every((input) => input.QueueUrl === 'https://sqs/dlq')).toBe(true);
    // Received from the DLQ with a visibility that hides a batch while it moves, and a long poll to see emptiness.
    expect(inputs.ReceiveMessage[0]).toMatchObject({ QueueUrl: 'https://sqs/dlq', WaitTimeSeconds: 1, VisibilityTimeout: 30 });
    expect(inputs.ReceiveMessage).toHaveLength(3);
  });

  it('moves no more than its limit, and starts no batch past its deadline', async () => {
    const answers: Answers = {
      ReceiveMessage: (input) => ({ Messages: Array.from({ length: input.MaxNumberOfMessages ?? 1 }, (_, index) => message(String(index))) }),
      SendMessageBatch: (input) => ({ Successful: (input.Entries ?? []).map((entry) => ({ Id: entry.Id, MessageId: entry.Id, MD5OfMessageBody: '' })), Failed: [] }),
    };
    const moving = sqsAnswering(answers);
    expect(await moving.admin.moveMessages('d', 'q', { limit: 25, deadline: Date.now() + 10_000 })).toEqual({ moved: 25 });
    expect(moving.inputs.ReceiveMessage.map((input) => input.MaxNumberOfMessages)).toEqual([10, 10, 5]);

    const late = sqsAnswering(answers);
    expect(await late.admin.moveMessages('d', 'q', { limit: 25, deadline: Date.now() - 1 })).toEqual({ moved: 0 });
    expect(late.inputs.ReceiveMessage).toHaveLength(0);
  });

  it('stops when the queue refuses a whole batch, rather than spin', async () => {
    const { admin, inputs } = sqsAnswering({
      ReceiveMessage: () => ({ Messages: [message('a')] }),
      SendMessageBatch: () => ({ Successful: [], Failed: [{ Id: '0', Code: 'KMS.AccessDenied', SenderFault: true }] }),
    });
    expect(await admin.moveMessages('d', 'q', { limit: 100, deadline: Date.now() + 10_000 })).toEqual({ moved: 0 });
    expect(inputs.ReceiveMessage).toHaveLength(1);
    expect(inputs.DeleteMessageBatch).toHaveLength(0);
  });
});
