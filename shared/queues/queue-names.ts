/**
 * How a row of the queue table (functions/queues.ts) is named wherever it exists. CDK lets CloudFormation
 * name the queues (two stacks in one account must not collide), so functions never build a queue's name or
 * URL: they read its URL from an environment variable that CDK sets from the queue itself and the local
 * runtime sets from fauxqs. These functions are the one place those names are made.
 */

/** Lower-case words joined by hyphens; short enough that `<name>-dlq` stays within SQS's 80 characters. */
export const queueNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_QUEUE_NAME_LENGTH = 60;

export const isQueueName = (name: string): boolean => name.length <= MAX_QUEUE_NAME_LENGTH && queueNamePattern.test(name);

export const assertQueueName = (name: string): void => {
  if (!isQueueName(name)) {
    throw new Error(`Queue name "${name}" must be lower-case words joined by hyphens, at most ${MAX_QUEUE_NAME_LENGTH} characters.`);
  }
};

const variableSuffix = (name: string): string => {
  assertQueueName(name);
  return name.toUpperCase().replaceAll('-', '_');
};

/** `webhook-delivery` → `QUEUE_URL_WEBHOOK_DELIVERY`: the queue's URL, for its consumer, senders and admins. */
export const queueUrlVariable = (name: string): string => `QUEUE_URL_${variableSuffix(name)}`;

/** `webhook-delivery` → `DLQ_URL_WEBHOOK_DELIVERY`: its dead-letter queue's URL, for the admin routes. */
export const deadLetterQueueUrlVariable = (name: string): string => `DLQ_URL_${variableSuffix(name)}`;

/**
 * The queues a function may inspect and redrive, comma-separated in table order. A variable rather than an
 * import of the table, so the admin routes see exactly the queues the stack (or the local runtime, which
 * may run a test's table) made and granted them.
 */
export const QUEUE_NAMES_VARIABLE = 'QUEUE_NAMES';

/** Physical names on the local SQS server, where one runtime owns the whole namespace. */
export const localQueueName = (name: string): string => {
  assertQueueName(name);
  return name;
};
export const localDeadLetterQueueName = (name: string): string => `${localQueueName(name)}-dlq`;
