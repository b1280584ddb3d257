import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HandlerFunctions } from './handler-functions';
import { constructIdOf } from './handler-functions';
import { acknowledge } from '../nag-acknowledgements';
import { deadLetterRetention, secureQueue } from './secure-queue';

/** A row of functions/stream-consumers.ts. */
export interface StreamConsumerDefinition {
  readonly name: string;
  readonly handler: string;
  /** A Lambda event filter pattern on the stream record. */
  readonly filter: Readonly<Record<string, unknown>>;
  readonly batchSize: number;
  readonly retryAttempts: number;
}

export interface StreamConsumersProps {
  consumers: readonly StreamConsumerDefinition[];
  table: ITableV2;
  functions: HandlerFunctions;
}

/**
 * The table's stream consumers, the outbox forwarder first among them. Events must not be lost (DESIGN
 * section 4), so a failing record is isolated and retried for as long as the stream keeps it; only then
 * does it go to the failure queue, whose alarm tells someone to replay it from the outbox item, which
 * outlives the stream record by days.
 */
export class StreamConsumers extends Construct {
  readonly failureQueues: Array<{ id: string; queue: Queue }> = [];

  constructor(scope: Construct, id: string, props: StreamConsumersProps) {
    super(scope, id);
    for (const consumer of props.consumers) {
      const consumerId = constructIdOf(consumer.name);
      // A stream failure record carries the shard and sequence range, not the items: keep it long.
      const failures = secureQueue(this, `${consumerId}Failures`, { retentionPeriod: deadLetterRetention });
      acknowledge(
        failures,
        "This queue is itself the dead end: the stream mapping's on-failure destination, holding shard and sequence ranges for a person to replay from the outbox (its alarm fires); a DLQ behind it would only move them again.",
        'AwsSolutions-SQS3',
        'Serverless-SQSRedrivePolicy',
      );
      this.failureQueues.push({ id: `${consumerId}Failures`, queue: failures });
      const fn = props.functions.use(consumer.handler, { access: {}, timeout: Duration.seconds(30) });
      acknowledge(fn.function, 'Invoked synchronously by its DynamoDB stream event source mapping, whose on-failure destination is the failure queue.', 'Serverless-LambdaDLQ');
      fn.function.addEventSource(
        new DynamoEventSource(props.table, {
          // From the oldest record: an outbox item written before the mapping existed still gets out.
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: consumer.batchSize,
          filters: [FilterCriteria.filter(consumer.filter)],
          reportBatchItemFailures: true,
          bisectBatchOnError: true,
          retryAttempts: consumer.retryAttempts,
          // DynamoDB Streams keep records for 24 hours; waiting longer would be waiting for nothing.
          maxRecordAge: Duration.hours(24),
          onFailure: new SqsDlq(failures),
        }),
      );
    }
  }
}
