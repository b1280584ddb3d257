import type { SqsApi } from '../aws/sqs/sqs-api';
import { logger } from '../logging/logger';
import type { QueueAdmin, QueueDepth } from './queue-admin';

/** While a batch is being moved it is hidden this long; if the mover dies, it is back in the DLQ after it. */
const MOVE_VISIBILITY_SECONDS = 30;

const asCount = (value: string | undefined): number => Number(value ?? 0) || 0;

/**
 * QueueAdmin on the SQS API. The move is a receive → SendMessageBatch → DeleteMessageBatch loop rather than
 * SQS's StartMessageMoveTask, which fauxqs does not serve: one code path, tested locally, that works the
 * same in AWS. A message is deleted from the DLQ only once the queue accepted it, so a failure leaves it
 * where it was; a crash between the send and the delete leaves a duplicate, which SQS's at-least-once
 * delivery already asks every consumer to tolerate.
 */
export const sqsQueueAdmin = (sqs: Pick<SqsApi, 'GetQueueAttributes' | 'ReceiveMessage' | 'SendMessageBatch' | 'DeleteMessageBatch'>): QueueAdmin => ({
  async depth(queueUrl): Promise<QueueDepth> {
    const { Attributes = {} } = await sqs.GetQueueAttributes({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    });
    return {
      visible: asCount(Attributes.ApproximateNumberOfMessages),
      inFlight: asCount(Attributes.ApproximateNumberOfMessagesNotVisible),
      delayed: asCount(Attributes.ApproximateNumberOfMessagesDelayed),
    };
  },

  async moveMessages(fromUrl, toUrl, { limit, deadline }) {
    let moved = 0;
    while (moved < limit && Date.now() < deadline) {
      // A one-second long poll asks every SQS server, so an empty answer means the DLQ is empty (a short
      // poll samples a few servers and may answer empty while messages remain).
      const { Messages = [] } = await sqs.ReceiveMessage({
        QueueUrl: fromUrl,
        MaxNumberOfMessages: Math.min(10, limit - moved),
        WaitTimeSeconds: 1,
        VisibilityTimeout: MOVE_VISIBILITY_SECONDS,
        MessageAttributeNames: ['All'],
      });
      if (Messages.length === 0) break;
      const sent = await sqs.SendMessageBatch({
        QueueUrl: toUrl,
        Entries: Messages.map((message, index) => ({
          Id: String(index),
          MessageBody: message.Body ?? '',
          MessageAttributes: message.MessageAttributes,
        })),
      });
      const accepted = (sent.Successful ?? []).map((entry) => Messages[Number(entry.Id)]!);
      if (sent.Failed?.length) logger.warn('redrive: the queue refused messages; they stay in the DLQ', { refused: sent.Failed.length });
      if (accepted.length) {
        const deleted = await sqs.DeleteMessageBatch({
          QueueUrl: fromUrl,
          Entries: accepted.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })),
        });
        if (deleted.Failed?.length) logger.warn('redrive: sent messages could not be deleted from the DLQ and will be moved again', { duplicates: deleted.Failed.length });
      }
      moved += accepted.length;
      // Nothing went through: stop rather than spin on a queue that refuses everything.
      if (accepted.length === 0) break;
    }
    return { moved };
  },
});
