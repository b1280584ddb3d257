import { ChangeMessageVisibilityCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { jsonMessageBody } from './json-message-body';
import { clampSeconds, MAX_DELAY_SECONDS, MAX_VISIBILITY_SECONDS, type QueuePort } from './queue-port';

/** QueuePort on the SQS API, for the queue at `queueUrl` (from queueUrlFromEnvironment). Bodies are JSON. */
export const sqsQueuePort = (sqs: SQSClient, queueUrl: string): QueuePort => ({
  async send(body, options = {}) {
    const delay = options.delaySeconds === undefined ? undefined : clampSeconds(options.delaySeconds, MAX_DELAY_SECONDS);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: jsonMessageBody(body), DelaySeconds: delay }));
  },
  async retryAfter(receiptHandle, seconds) {
    await sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle, VisibilityTimeout: clampSeconds(seconds, MAX_VISIBILITY_SECONDS) }),
    );
  },
});
