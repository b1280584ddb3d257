import { isQueueName } from '../shared/queues/queue-names';

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
  /** Handler modules that SendMessage to this queue: they get its URL (`QUEUE_URL_<NAME>`) and sqs:SendMessage. */
  senders?: readonly string[];
}

export const queues: readonly QueueDefinition[] = [];

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
  ]);

/**
 * The handler modules that see every queue of the table (QUEUE_NAMES and each queue's and DLQ's URL):
 * `inspect` may read their depths, `redrive` may also move a DLQ's messages back to its queue.
 */
export const queueAdministrators: Readonly<Record<string, 'inspect' | 'redrive'>> = {
  'admin-queues/list-queues': 'inspect',
  'admin-queues/redrive-queue': 'redrive',
};
