/**
 * The queue table (DESIGN section 3): every SQS queue with its DLQ settings and consumer. CDK and the local
 * runtime (fauxqs) both create queues from it. Webhook delivery adds the first rows.
 */
export interface QueueDefinition {
  name: string;
  /** The handler module under functions/ that consumes the queue. */
  handler: string;
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the DLQ. */
  maxReceiveCount: number;
  batchSize: number;
}

export const queues: readonly QueueDefinition[] = [];
