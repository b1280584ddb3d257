/** How many messages a queue holds, in SQS's three figures. */
export interface QueueDepth {
  /** ApproximateNumberOfMessages: waiting to be received. */
  visible: number;
  /** ApproximateNumberOfMessagesNotVisible: received, not yet deleted (being handled, or failed and waiting out their visibility). */
  inFlight: number;
  /** ApproximateNumberOfMessagesDelayed: sent with a delay that has not passed. */
  delayed: number;
}

export interface MoveLimits {
  /** At most this many messages. */
  limit: number;
  /** No new batch is started after this instant (epoch ms), so the caller answers within its timeout. */
  deadline: number;
}

/** The port the admin queue routes use: SQS in AWS, fauxqs locally (shared/admin-queues/sqs-queue-admin.ts). */
export interface QueueAdmin {
  depth(queueUrl: string): Promise<QueueDepth>;
  /** Moves messages from one queue to another until the first is empty or a limit is reached. */
  moveMessages(fromUrl: string, toUrl: string, limits: MoveLimits): Promise<{ moved: number }>;
}
