/** SQS's own limits: a message's delay, and how long a received message may stay hidden. */
export const MAX_DELAY_SECONDS = 15 * 60;
export const MAX_VISIBILITY_SECONDS = 12 * 60 * 60;

/** One message to send: a JSON text, delayed by `delaySeconds` (capped at 15 minutes). */
export interface OutgoingMessage {
  body: string;
  delaySeconds?: number;
}

/**
 * One queue of the table, as a sender or a consumer sees it (shared/queues/sqs-queue-port.ts on SQS). Retries
 * with growing delays (DESIGN section 7) use both waits: a delay on send up to 15 minutes, and, for longer,
 * a failed message's visibility up to 12 hours before it is received again.
 */
export interface QueuePort {
  /** Sends one message, a JSON text; `delaySeconds` is capped at 15 minutes. */
  send(body: string, options?: { delaySeconds?: number }): Promise<void>;
  /**
   * Sends several messages, up to ten per request (SendMessageBatch). A batch can fail in part: only the
   * entries that failed are sent again; answers the indexes of `messages` that still could not be sent.
   */
  sendBatch(messages: readonly OutgoingMessage[]): Promise<{ failed: number[] }>;
  /**
   * Hides a received message for `seconds` (capped at 12 hours) from now: report it as a batch item failure
   * too, and it is received again after that, its receive count one higher.
   */
  retryAfter(receiptHandle: string, seconds: number): Promise<void>;
}

export const clampSeconds = (seconds: number, max: number): number => Math.min(max, Math.max(0, Math.ceil(seconds)));
