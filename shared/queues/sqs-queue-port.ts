import { setTimeout as sleep } from 'node:timers/promises';
import type { SqsApi } from '../aws/sqs/sqs-api';
import { errorFields } from '../logging/error-fields';
import { logger } from '../logging/logger';
import { jsonMessageBody } from './json-message-body';
import { clampSeconds, MAX_DELAY_SECONDS, MAX_VISIBILITY_SECONDS, type OutgoingMessage, type QueuePort } from './queue-port';

/** SendMessageBatch's limits: ten entries, and 256 KiB for the bodies together (SQS's classic cap, fauxqs's too). */
const BATCH_ENTRIES = 10;
const BATCH_BYTES = 256 * 1024;
/** Requests for one batch's entries: the first, then the entries SQS refused for a reason of its own, again. */
const BATCH_ROUNDS = 3;

const delayOf = (delaySeconds: number | undefined) => (delaySeconds === undefined ? undefined : clampSeconds(delaySeconds, MAX_DELAY_SECONDS));

/** Consecutive groups of at most ten indexes whose bodies fit one request together. */
export const batchesOf = (bodies: readonly string[]): number[][] => {
  const groups: number[][] = [];
  let bytes = 0;
  bodies.forEach((body, index) => {
    const size = Buffer.byteLength(body);
    const last = groups.at(-1);
    if (!last || last.length >= BATCH_ENTRIES || bytes + size > BATCH_BYTES) {
      groups.push([index]);
      bytes = size;
    } else {
      last.push(index);
      bytes += size;
    }
  });
  return groups;
};

/** QueuePort on the SQS API, for the queue at `queueUrl` (from queueUrlFromEnvironment). Bodies are JSON. */
export const sqsQueuePort = (sqs: Pick<SqsApi, 'SendMessage' | 'SendMessageBatch' | 'ChangeMessageVisibility'>, queueUrl: string): QueuePort => {
  /**
   * One request's entries, sent until each is in or refused for good. An entry SQS failed on its side
   * (SenderFault false: throttled, an internal error) is sent again alone with the others that failed; one
   * it refused as the sender's fault (too big, bad characters) would be refused again. A request that throws
   * (after the client's own retries) leaves all of its entries failed.
   */
  const sendGroup = async (messages: readonly OutgoingMessage[], indexes: number[]): Promise<number[]> => {
    let pending = indexes;
    const refused: number[] = [];
    for (let round = 1; pending.length; round++) {
      try {
        const { Failed = [] } = await sqs.SendMessageBatch({
          QueueUrl: queueUrl,
          Entries: pending.map((index) => ({ Id: String(index), MessageBody: jsonMessageBody(messages[index]!.body), DelaySeconds: delayOf(messages[index]!.delaySeconds) })),
        });
        const failed = new Map(Failed.map((entry) => [entry.Id, entry]));
        const again = pending.filter((index) => failed.has(String(index)) && !failed.get(String(index))!.SenderFault);
        refused.push(...pending.filter((index) => failed.get(String(index))?.SenderFault));
        if (Failed.length) logger.warn('queue: SendMessageBatch failed entries', { queueUrl, entries: Failed.length, codes: [...new Set(Failed.map((entry) => entry.Code))] });
        if (again.length && round >= BATCH_ROUNDS) return [...refused, ...again];
        pending = again;
        // Throttled or a hiccup on SQS's side: a short, jittered pause before the failed entries go again.
        if (pending.length) await sleep(Math.floor(Math.random() * 50 * round));
      } catch (error) {
        logger.warn('queue: SendMessageBatch failed', { queueUrl, entries: pending.length, ...errorFields(error) });
        return [...refused, ...pending];
      }
    }
    return refused;
  };

  return {
    async send(body, options = {}) {
      await sqs.SendMessage({ QueueUrl: queueUrl, MessageBody: jsonMessageBody(body), DelaySeconds: delayOf(options.delaySeconds) });
    },
    async sendBatch(messages) {
      const failed = (await Promise.all(batchesOf(messages.map((message) => jsonMessageBody(message.body))).map((group) => sendGroup(messages, group)))).flat();
      return { failed: failed.sort((a, b) => a - b) };
    },
    async retryAfter(receiptHandle, seconds) {
      await sqs.ChangeMessageVisibility({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle, VisibilityTimeout: clampSeconds(seconds, MAX_VISIBILITY_SECONDS) });
    },
  };
};
