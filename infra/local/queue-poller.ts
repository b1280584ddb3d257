import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { localInvocation } from './local-invocation';

export type QueueHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void | unknown>;

export interface QueuePollerOptions {
  sqs: SQSClient;
  queue: { name: string; url: string; arn: string; batchSize: number };
  region: string;
  invoke: QueueHandler;
  /** The Lambda context each batch gets (a fresh request id per batch). */
  context: () => Context;
  /** Long-poll wait of each receive; Lambda's pollers use 20 s. Stopping aborts the wait. */
  waitTimeSeconds?: number;
  /** Batches handled side by side (receive loops), as Lambda scales a queue's consumer out; default 1. */
  concurrency?: number;
}

/** A received message in the shape Lambda hands an SQS consumer. */
const toRecord = (message: Message, queue: QueuePollerOptions['queue'], region: string): SQSRecord => ({
  messageId: message.MessageId!,
  receiptHandle: message.ReceiptHandle!,
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? '000000000000',
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  },
  messageAttributes: Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      {
        dataType: value.DataType ?? 'String',
        stringValue: value.StringValue,
        binaryValue: value.BinaryValue ? Buffer.from(value.BinaryValue).toString('base64') : undefined,
        stringListValues: value.StringListValues ?? [],
        binaryListValues: (value.BinaryListValues ?? []).map((bytes) => Buffer.from(bytes).toString('base64')),
      },
    ]),
  ) as SQSMessageAttributes,
  md5OfBody: message.MD5OfBody ?? '',
  md5OfMessageAttributes: message.MD5OfMessageAttributes,
  eventSource: 'aws:sqs',
  eventSourceARN: queue.arn,
  awsRegion: region,
});

/**
 * Which messages of a batch failed, read the way Lambda's event source mapping reads a consumer's answer: a
 * thrown error, or a `batchItemFailures` entry that names no message of the batch, fails all of them.
 */
export const failedMessageIds = (records: readonly SQSRecord[], outcome: { error: unknown } | { result: unknown }): Set<string> => {
  const all = new Set(records.map((record) => record.messageId));
  if ('error' in outcome) return all;
  const failures = (outcome.result as Partial<SQSBatchResponse> | undefined)?.batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!Array.isArray(failures)) return all;
  const ids = failures.map((failure) => failure?.itemIdentifier);
  if (ids.some((id) => typeof id !== 'string' || !all.has(id))) return all;
  return new Set(ids as string[]);
};

/**
 * One queue's consumer, as Lambda's SQS event source mapping runs it: long-poll a batch (the row's batch
 * size), call the handler with the SQS event, delete what succeeded and leave what failed, which comes back
 * after its visibility timeout (or the visibility the handler gave it). fauxqs itself moves a message past
 * the queue's maxReceiveCount to the DLQ, on the receive after the last allowed one, as SQS does. With
 * `concurrency` above 1, that many loops each receive and handle their own batch, as Lambda runs several
 * invocations at once: which only matters for throughput, and for a slow batch holding up the others.
 */
export const startQueuePoller = (options: QueuePollerOptions) => {
  const { sqs, queue, region } = options;
  const abort = new AbortController();
  let batches = 0;
  /** Batches received and not yet handled and deleted. */
  let inHand = 0;

  const pollOnce = async () => {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queue.url,
        MaxNumberOfMessages: Math.min(10, queue.batchSize),
        WaitTimeSeconds: options.waitTimeSeconds ?? 20,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
      { abortSignal: abort.signal },
    );
    if (Messages.length === 0) return;
    inHand += 1;
    try {
      await handle(Messages);
    } finally {
      inHand -= 1;
    }
  };

  const handle = async (Messages: Message[]) => {
    const records = Messages.map((message) => toRecord(message, queue, region));
    const outcome = await localInvocation.run({ kind: 'queue', name: queue.name }, () => options.invoke({ Records: records }, options.context())).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    batches += 1;
    if ('error' in outcome) logger.warn('queue consumer failed its batch, it will be received again', { queue: queue.name, ...errorFields(outcome.error) });
    const failed = failedMessageIds(records, outcome);
    const succeeded = records.filter((record) => !failed.has(record.messageId));
    if (succeeded.length) {
      const deleted = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queue.url,
          Entries: succeeded.map((record, index) => ({ Id: String(index), ReceiptHandle: record.receiptHandle })),
        }),
      );
      if (deleted.Failed?.length) logger.warn('queue poller: handled messages could not be deleted', { queue: queue.name, failed: deleted.Failed.length });
    }
  };

  const receiveLoop = async () => {
    while (!abort.signal.aborted) {
      try {
        await pollOnce();
      } catch (error) {
        if (abort.signal.aborted) break;
        logger.warn('queue poller: receive failed, will retry', { queue: queue.name, ...errorFields(error) });
        await sleep(1000, undefined, { signal: abort.signal }).catch(() => undefined);
      }
    }
  };
  const loop = Promise.all(Array.from({ length: Math.max(1, Math.floor(options.concurrency ?? 1)) }, receiveLoop));

  return {
    /** Batches handed to the consumer so far. */
    batches: () => batches,
    /** Batches being handled right now (received, not yet deleted). */
    inHand: () => inHand,
    /** Aborts the waiting receive and waits for the batch in hand, if any, to be handled and deleted. */
    async stop() {
      abort.abort();
      await loop;
    },
  };
};
