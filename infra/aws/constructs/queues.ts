import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueDefinition } from '../../../functions/queues';
import { constructIdOf, type HandlerFunctions } from './handler-functions';
import { deadLetterRetention, secureQueue } from './secure-queue';

export interface PlatformQueuesProps {
  queues: readonly QueueDefinition[];
  functions: HandlerFunctions;
}

export interface PlatformQueue {
  definition: QueueDefinition;
  queue: Queue;
  deadLetterQueue: Queue;
}

/**
 * The queue table (functions/queues.ts) made real: each row a queue, its DLQ and its consumer. Messages
 * that fail `maxReceiveCount` times wait in the DLQ to be inspected and redriven, never dropped.
 */
export class PlatformQueues extends Construct {
  readonly queues: PlatformQueue[] = [];

  constructor(scope: Construct, id: string, props: PlatformQueuesProps) {
    super(scope, id);
    for (const definition of props.queues) {
      const queueId = constructIdOf(definition.name);
      const deadLetterQueue = secureQueue(this, `${queueId}Dlq`, { retentionPeriod: deadLetterRetention });
      const queue = secureQueue(this, queueId, {
        visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
        deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: definition.maxReceiveCount },
      });
      const fn = props.functions.use(definition.handler, { access: { table: 'read-write' }, timeout: consumerTimeout(definition) });
      fn.function.addEventSource(new SqsEventSource(queue, { batchSize: definition.batchSize, reportBatchItemFailures: true }));
      this.queues.push({ definition, queue, deadLetterQueue });
    }
  }
}

/**
 * AWS's advice is a visibility timeout of six times the function timeout, so a batch that times out and is
 * retried is not handed to a second consumer while the first still runs. The row's visibility sets both.
 */
export const consumerTimeout = (definition: Pick<QueueDefinition, 'name' | 'visibilityTimeoutSeconds'>): Duration => {
  const seconds = Math.min(900, Math.floor(definition.visibilityTimeoutSeconds / 6));
  if (seconds < 1) throw new Error(`Queue "${definition.name}" needs a visibility timeout of at least 6 seconds.`);
  return Duration.seconds(seconds);
};
