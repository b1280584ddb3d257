import type { SendMessageBatchRequest, SendMessageBatchResult } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { gatheredSends } from '../../../shared/queues/gathered-sends';
import { batchesOf, sqsQueuePort } from '../../../shared/queues/sqs-queue-port';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/webhook-delivery';

/** SQS's SendMessageBatch as `answer` says (a result, or a throw), recording each request's input. */
const sqsAnswering = (answer: (input: SendMessageBatchRequest, call: number) => SendMessageBatchResult) => {
  const requests: SendMessageBatchRequest[] = [];
  const refuse = () => Promise.reject(new Error('not called by sendBatch'));
  const port = sqsQueuePort(
    {
      SendMessageBatch: async (input) => answer(input, requests.push(input)),
      SendMessage: refuse,
      ChangeMessageVisibility: refuse,
    },
    QUEUE_URL,
  );
  return { port, requests };
};
const bodiesOf = (input: SendMessageBatchRequest) => (input.Entries ?? []).map((entry) => JSON.parse(entry.MessageBody ?? '').n as number);
const messages = (count: number) => Array.from({ length: count }, (_, n) => ({ body: JSON.stringify({ n }) }));

describe('sending a batch of messages', () => {
  it('splits 23 messages into requests of ten, ten and three, each message once', async () => {
    const { port, requests } = sqsAnswering(() => ({ Successful: [], Failed: [] }));
    expect(await port.sendBatch(messages(23))).toEqual({ failed: [] });
    const sent = requests.map(bodiesOf);
    expect(sent.map((bodies) => bodies.length)).toEqual([10, 10, 3]);
    expect(sent.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, n) => n));
    expect(requests.every((input) => input.QueueUrl === QUEUE_URL)).toBe(true);
  });

  it('keeps a request’s bodies within 256 KiB together, however few they are', () => {
    const big = 'x'.repeat(100 * 1024);
    expect(batchesOf([big, big, big, 'small'])).toEqual([[0, 1], [2, 3]]);
  });

  it('sends again only the entries SQS failed on its side, and answers nothing failed once they are in', async () => {
    const { port, requests } = sqsAnswering((_, call) =>
      call === 1
        ? { Successful: [], Failed: [{ Id: '3', Code: 'InternalError', SenderFault: false }, { Id: '7', Code: 'ServiceUnavailable', SenderFault: false }] }
        : { Successful: [], Failed: [] },
    );
    expect(await port.sendBatch(messages(10))).toEqual({ failed: [] });
    expect(requests.map(bodiesOf)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 7]]);
  });

  it('answers an entry refused as the sender’s fault at once, and one SQS keeps failing after three requests', async () => {
    const { port, requests } = sqsAnswering((input) => ({
      Successful: [],
      Failed: [
        ...(bodiesOf(input).includes(0) ? [{ Id: '0', Code: 'InvalidMessageContents', SenderFault: true }] : []),
        { Id: '2', Code: 'InternalError', SenderFault: false },
      ],
    }));
    expect(await port.sendBatch(messages(3))).toEqual({ failed: [0, 2] });
    expect(requests.map(bodiesOf)).toEqual([[0, 1, 2], [2], [2]]);
  });

  it('answers every entry of a request that failed whole, and none of the other requests’', async () => {
    const { port } = sqsAnswering((input) => {
      if (bodiesOf(input).includes(12)) throw Object.assign(new Error('connection reset'), { name: 'TimeoutError' });
      return { Successful: [], Failed: [] };
    });
    expect(await port.sendBatch(messages(14))).toEqual({ failed: [10, 11, 12, 13] });
  });

  it('passes each message’s delay, capped at 15 minutes', async () => {
    const { port, requests } = sqsAnswering(() => ({ Successful: [], Failed: [] }));
    await port.sendBatch([{ body: '{"n":0}', delaySeconds: 30 }, { body: '{"n":1}' }, { body: '{"n":2}', delaySeconds: 3600 }]);
    expect((requests[0]!.Entries ?? []).map((entry) => entry.DelaySeconds)).toEqual([30, undefined, 900]);
  });
});

describe('sends gathered per record', () => {
  const fakeQueue = (failIndexes: (count: number) => number[]) => {
    const batches: string[][] = [];
    return {
      batches,
      queue: {
        sendBatch: async (sent: readonly { body: string }[]) => {
          batches.push(sent.map((message) => message.body));
          return { failed: failIndexes(sent.length) };
        },
      },
    };
  };

  it('sends nothing until flushed, then every record’s messages in one call', async () => {
    const { batches, queue } = fakeQueue(() => []);
    const sends = gatheredSends(queue);
    await sends.senderFor('A').send('a1');
    await sends.senderFor('B').send('b1');
    await sends.senderFor('A').send('a2');
    expect(batches).toEqual([]);
    expect(await sends.flush()).toEqual(new Set());
    expect(batches).toEqual([['a1', 'b1', 'a2']]);
    expect(await sends.flush()).toEqual(new Set());
    expect(batches).toHaveLength(1);
  });

  it('answers the records whose messages could not be sent, and leaves out the records told to skip', async () => {
    const { batches, queue } = fakeQueue(() => [1]);
    const sends = gatheredSends(queue);
    await sends.senderFor('A').send('a1');
    await sends.senderFor('B').send('b1');
    await sends.senderFor('C').send('c1');
    await sends.senderFor('C').send('c2');
    expect(await sends.flush(new Set(['B']))).toEqual(new Set(['C']));
    expect(batches).toEqual([['a1', 'c1', 'c2']]);
  });
});
