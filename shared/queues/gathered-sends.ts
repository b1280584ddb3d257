import type { OutgoingMessage, QueuePort } from './queue-port';

/**
 * The messages a batch consumer's records send, gathered and sent together once the batch's records are
 * handled, ten per SendMessageBatch instead of one request each. Each record gets its own sender, so a
 * message that could not be sent fails the record it belongs to, which SQS hands out again.
 */
export const gatheredSends = (queue: Pick<QueuePort, 'sendBatch'>) => {
  const gathered: { key: string; message: OutgoingMessage }[] = [];
  return {
    /** The sender for the record `key`: what it sends waits for flush(). */
    senderFor: (key: string): Pick<QueuePort, 'send'> => ({
      send: async (body, options = {}) => void gathered.push({ key, message: { body, ...(options.delaySeconds === undefined ? {} : { delaySeconds: options.delaySeconds }) } }),
    }),
    /**
     * Sends what was gathered, but for the records in `skip` (failed already: SQS hands them out again, and
     * they send everything again then). Answers the records any of whose messages could not be sent.
     */
    async flush(skip: ReadonlySet<string> = new Set()): Promise<Set<string>> {
      const sending = gathered.splice(0).filter(({ key }) => !skip.has(key));
      if (!sending.length) return new Set();
      const { failed } = await queue.sendBatch(sending.map(({ message }) => message));
      return new Set(failed.map((index) => sending[index]!.key));
    },
  };
};
