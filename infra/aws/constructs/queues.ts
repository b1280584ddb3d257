import { Duration } from 'aws-cdk-lib';
import { EventSourceMapping } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { consumerTimeoutSeconds, type QueueDefinition, queueTableProblems } from '../../../functions/queues';
import { queueUrlVariable } from '../../../shared/queues/queue-names';
import { acknowledge } from '../nag-acknowledgements';
import { constructIdOf, type HandlerFunctions } from './handler-functions';
import type { PlatformFunction } from './platform-function';
import { deadLetterRetention, secureQueue } from './secure-queue';

export interface PlatformQueuesProps {
  queues: readonly QueueDefinition[];
  functions: HandlerFunctions;
}

export interface PlatformQueue {
  definition: QueueDefinition;
  queue: Queue;
  deadLetterQueue: Queue;
  consumer: PlatformFunction;
}

/**
 * The queue table (functions/queues.ts) made real: each row a queue, its DLQ and its consumer. Messages
 * that fail `maxReceiveCount` times wait in the DLQ to be inspected and redriven, never dropped. Queue names
 * are CloudFormation's; functions learn the URLs from `QUEUE_URL_<NAME>` (shared/queues/queue-names.ts).
 */
export class PlatformQueues extends Construct {
  readonly queues: PlatformQueue[] = [];

  constructor(scope: Construct, id: string, props: PlatformQueuesProps) {
    super(scope, id);
    const problems = queueTableProblems(props.queues);
    if (problems.length) throw new Error(problems.join('\n'));
    for (const definition of props.queues) {
      const queueId = constructIdOf(definition.name);
      const deadLetterQueue = secureQueue(this, `${queueId}Dlq`, { retentionPeriod: deadLetterRetention });
      acknowledge(deadLetterQueue, "This is the queue's DLQ: what lands here waits for a person, its alarm fires, and the admin redrive route moves it back.", 'Serverless-SQSRedrivePolicy');
      const queue = secureQueue(this, queueId, {
        visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
        deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: definition.maxReceiveCount },
      });
      const consumer = props.functions.use(definition.handler, { access: { table: 'read-write' }, timeout: consumerTimeout(definition) });
      const childrenBefore = new Set(consumer.function.node.children);
      // The event source grants receive, delete and ChangeMessageVisibility; the URL lets the consumer use
      // the last one to delay a failed message's next attempt (retries with growing delays).
      consumer.function.addEventSource(
        new SqsEventSource(queue, { batchSize: definition.batchSize, maxConcurrency: definition.maxConcurrency, reportBatchItemFailures: true }),
      );
      const mapping = consumer.function.node.children.find((child) => child instanceof EventSourceMapping && !childrenBefore.has(child))!;
      acknowledge(
        mapping,
        "An SQS event source mapping takes no on-failure destination: a message that keeps failing goes to the queue's DLQ through its redrive policy.",
        'Serverless-LambdaEventSourceMappingDestination',
      );
      acknowledge(consumer.function, "Invoked synchronously by its SQS event source mapping: failed messages go to the queue's DLQ, never to a function DLQ.", 'Serverless-LambdaDLQ');
      consumer.function.addEnvironment(queueUrlVariable(definition.name), queue.queueUrl);
      this.queues.push({ definition, queue, deadLetterQueue, consumer });
    }
  }

  /** The row of the table named `name`; throws for a name the table does not have. */
  get(name: string): PlatformQueue {
    const found = this.queues.find(({ definition }) => definition.name === name);
    if (!found) throw new Error(`The queue table has no queue "${name}".`);
    return found;
  }
}

/** The consumer's timeout: a sixth of the row's visibility (functions/queues.ts `consumerTimeoutSeconds`). */
export const consumerTimeout = (definition: Pick<QueueDefinition, 'name' | 'visibilityTimeoutSeconds'>): Duration =>
  Duration.seconds(consumerTimeoutSeconds(definition));
