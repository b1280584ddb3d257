import { isQueueName } from '../shared/queues/queue-names';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_FAN_OUT_QUEUE } from '../shared/webhooks/webhook-queues';
import { DELIVERY_ATTEMPTS } from '../shared/webhooks/retry-schedule';

/**
 * The queue table (DESIGN section 3): every SQS queue with its DLQ settings and consumer. CDK
 * (infra/aws/constructs/queues.ts) and the local runtime (infra/local/local-queues.ts, on fauxqs) both create
 * queues from it, and the event rules (functions/event-rules.ts) name its rows as targets. Webhook delivery
 * adds the first rows. Names follow shared/queues/queue-names.ts; functions learn URLs from the environment.
 */
export interface QueueDefinition {
  /** Lower-case words joined by hyphens, at most 60 characters; the DLQ is `<name>-dlq` where names are fixed. */
  name: string;
  /**
   * The handler module under functions/ that consumes the queue: it gets SQS batches and answers
   * `{ batchItemFailures }` (partial batch responses). Its own queue's URL is in its environment
   * (`QUEUE_URL_<NAME>`), so it may change a failed message's visibility to delay the next attempt.
   */
  handler: string;
  /** Also sets the consumer's timeout: a sixth of it, AWS's advice (see infra/aws/constructs/queues.ts). */
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the DLQ. */
  maxReceiveCount: number;
  batchSize: number;
  /**
   * At most this many batches handled at once (the event source's maximum concurrency, 2 to 1000); unset,
   * Lambda scales the consumer out as the queue grows. The local runtime runs min(this, its own setting).
   */
  maxConcurrency?: number;
  /** Handler modules that SendMessage to this queue: they get its URL (`QUEUE_URL_<NAME>`) and sqs:SendMessage. */
  senders?: readonly string[];
}

export const queues: readonly QueueDefinition[] = [
  // Customer events → notifications (and their emails): shared/notifications/notification-table.ts. A failed
  // email comes back after a minute; after five receives the event waits in the DLQ.
  { name: 'notifications', handler: 'notifications/notify', visibilityTimeoutSeconds: 60, maxReceiveCount: 5, batchSize: 10 },
  // Webhooks (DESIGN section 7): every customer and platform event → fan-out → one delivery per endpoint.
  // A fan-out that fails comes back after a minute; after five receives the event waits in the DLQ. Two
  // batches at most side by side: an endpoint's sequence numbers are taken one at a time, and every batch
  // more racing for the same counters (a batch holds most owners' events) loses a transaction per race
  // (bench, before an owner's batches took turns within a container: 1,080 lost races for 800 deliveries
  // with four, 426 with two); each batch numbers each owner's events in one transaction, owners side by
  // side, and sends the messages ten per request.
  { name: WEBHOOK_FAN_OUT_QUEUE, handler: 'webhooks/fan-out', visibilityTimeoutSeconds: 60, maxReceiveCount: 5, batchSize: 10, maxConcurrency: 2 },
  // Each receive is one attempt: the consumer sets a failed message's visibility to the next wait of the
  // retry schedule, whose length is the receive count, so the message reaches the DLQ after its last attempt.
  // 180 s gives the consumer 30 s: a batch's attempts run side by side, each within its 15 s.
  {
    name: WEBHOOK_DELIVERY_QUEUE,
    handler: 'webhooks/deliver',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: DELIVERY_ATTEMPTS,
    batchSize: 10,
    senders: ['webhooks/fan-out', 'webhooks/retry-webhook-delivery', 'admin-webhooks/admin-retry-webhook-delivery'],
  },
];

/**
 * AWS's advice is a visibility timeout of six times the function timeout, so a batch that times out and is
 * retried is not handed to a second consumer while the first still runs. The row's visibility sets both.
 */
export const consumerTimeoutSeconds = (definition: Pick<QueueDefinition, 'name' | 'visibilityTimeoutSeconds'>): number => {
  const seconds = Math.min(900, Math.floor(definition.visibilityTimeoutSeconds / 6));
  if (seconds < 1) throw new Error(`Queue "${definition.name}" needs a visibility timeout of at least 6 seconds.`);
  return seconds;
};

/** What CDK and the local runtime both refuse before making anything of the table. */
export const queueTableProblems = (rows: readonly QueueDefinition[]): string[] =>
  rows.flatMap((row, index) => [
    ...(isQueueName(row.name) ? [] : [`Queue "${row.name}": the name must be lower-case words joined by hyphens, at most 60 characters.`]),
    ...(rows.findIndex((other) => other.name === row.name) === index ? [] : [`Queue "${row.name}" is in the table twice.`]),
    ...(Number.isInteger(row.visibilityTimeoutSeconds) && row.visibilityTimeoutSeconds >= 6 && row.visibilityTimeoutSeconds <= 43_200
      ? []
      : [`Queue "${row.name}": visibilityTimeoutSeconds must be a whole number from 6 (a 1 s consumer) to 43200 (SQS's 12 hours).`]),
    ...(Number.isInteger(row.maxReceiveCount) && row.maxReceiveCount >= 1 && row.maxReceiveCount <= 1000
      ? []
      : [`Queue "${row.name}": maxReceiveCount must be a whole number from 1 to 1000.`]),
    // Above 10 a Lambda event source needs a batching window, which the table does not model.
    ...(Number.isInteger(row.batchSize) && row.batchSize >= 1 && row.batchSize <= 10 ? [] : [`Queue "${row.name}": batchSize must be from 1 to 10.`]),
    // Lambda's range for an SQS event source's maximum concurrency.
    ...(row.maxConcurrency === undefined || (Number.isInteger(row.maxConcurrency) && row.maxConcurrency >= 2 && row.maxConcurrency <= 1000)
      ? []
      : [`Queue "${row.name}": maxConcurrency must be a whole number from 2 to 1000.`]),
  ]);

/**
 * The handler modules that see every queue of the table (QUEUE_NAMES and each queue's and DLQ's URL):
 * `inspect` may read their depths, `redrive` may also move a DLQ's messages back to its queue.
 */
export const queueAdministrators: Readonly<Record<string, 'inspect' | 'redrive'>> = {
  'admin-queues/list-queues': 'inspect',
  'admin-queues/redrive-queue': 'redrive',
  'platform/watch-platform': 'inspect',
};
