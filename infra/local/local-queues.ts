import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { buildApp } from 'fauxqs';
import type { QueueDefinition } from '../../functions/queues';
import type { QueueLocation } from '../../shared/queues/queue-environment';
import { inProcessSqsHandler, type SdkHttpHandler } from './in-process-sqs-handler';
import {
  deadLetterQueueUrlVariable,
  localDeadLetterQueueName,
  localQueueName,
  QUEUE_NAMES_VARIABLE,
  queueUrlVariable,
} from '../../shared/queues/queue-names';

/** SQS's maximum, as CDK gives the DLQs (infra/aws/constructs/secure-queue.ts). */
const DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 3600;

export interface LocalQueue extends QueueLocation {
  definition: QueueDefinition;
  arn: string;
  deadLetterArn: string;
}

export interface LocalQueues {
  /** The SQS endpoint (AWS_ENDPOINT_URL_SQS). */
  endpoint: string;
  queues: LocalQueue[];
  /** What the handlers read: the endpoint, QUEUE_NAMES and every queue's and DLQ's URL variable. */
  environment: Record<string, string>;
  /** A client on the local server, for the runtime's own pollers and rules. */
  sqs: SQSClient;
  get(name: string): LocalQueue;
  stop(): Promise<void>;
}

/**
 * The queue table on a local SQS-protocol server (fauxqs, in this process, on a free loopback port): each
 * row a queue with its DLQ, redrive policy and visibility timeout, as CDK makes them. fauxqs keeps messages
 * in memory here: what is queued when the runtime stops is gone at the next start (its SQLite persistence
 * comes only with its own listener, which binds every interface rather than loopback).
 */
export const startLocalQueues = async (options: { queues: readonly QueueDefinition[]; region: string }): Promise<LocalQueues> => {
  const app = buildApp({ logger: false, defaultRegion: options.region });
  const endpoint = await app.listen({ port: 0, host: '127.0.0.1' });
  const clientConfig = { endpoint, region: options.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  // The runtime's own client reaches fauxqs in-process; long polls over the HTTP client's handler.
  const http = new SQSClient(clientConfig);
  const sqs = new SQSClient({ ...clientConfig, requestHandler: inProcessSqsHandler(app, http.config.requestHandler as SdkHttpHandler) });
  const stop = async () => {
    sqs.destroy();
    http.destroy();
    await app.close();
  };

  try {
    const arnOf = async (url: string) =>
      (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const queues: LocalQueue[] = [];
    for (const definition of options.queues) {
      const dlq = await sqs.send(
        new CreateQueueCommand({
          QueueName: localDeadLetterQueueName(definition.name),
          Attributes: { MessageRetentionPeriod: String(DEAD_LETTER_RETENTION_SECONDS) },
        }),
      );
      const deadLetterArn = await arnOf(dlq.QueueUrl!);
      const queue = await sqs.send(
        new CreateQueueCommand({
          QueueName: localQueueName(definition.name),
          Attributes: {
            VisibilityTimeout: String(definition.visibilityTimeoutSeconds),
            RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterArn, maxReceiveCount: definition.maxReceiveCount }),
          },
        }),
      );
      queues.push({ definition, name: definition.name, url: queue.QueueUrl!, arn: await arnOf(queue.QueueUrl!), deadLetterUrl: dlq.QueueUrl!, deadLetterArn });
    }

    return {
      endpoint,
      queues,
      environment: {
        AWS_ENDPOINT_URL_SQS: endpoint,
        [QUEUE_NAMES_VARIABLE]: queues.map(({ name }) => name).join(','),
        ...Object.fromEntries(queues.flatMap(({ name, url, deadLetterUrl }) => [
          [queueUrlVariable(name), url],
          [deadLetterQueueUrlVariable(name), deadLetterUrl],
        ])),
      },
      sqs,
      get(name) {
        const found = queues.find((queue) => queue.name === name);
        if (!found) throw new Error(`The local queue table has no queue "${name}".`);
        return found;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};
