import * as z from 'zod';
import type { QueueLocation } from '../queues/queue-environment';
import type { QueueAdmin } from './queue-admin';

const count = z.number().int().min(0);

export const queueDepthSchema = z
  .object({
    visible: count.meta({ description: 'Waiting to be received (ApproximateNumberOfMessages)' }),
    inFlight: count.meta({ description: 'Received and not yet deleted (ApproximateNumberOfMessagesNotVisible)' }),
    delayed: count.meta({ description: 'Sent with a delay not yet passed (ApproximateNumberOfMessagesDelayed)' }),
  })
  .meta({ id: 'QueueDepth' });

export const queueStatusSchema = z
  .object({
    name: z.string().meta({ description: 'The name of the queue table row', example: 'webhook-delivery' }),
    queue: queueDepthSchema,
    deadLetterQueue: queueDepthSchema.meta({ description: "Messages given up on after the queue's maxReceiveCount" }),
  })
  .meta({ id: 'QueueStatus' });

export const queueStatusListSchema = z.object({ items: z.array(queueStatusSchema) }).meta({ id: 'QueueStatusList' });

export type QueueStatus = z.infer<typeof queueStatusSchema>;

/** Every queue of the table with its DLQ, in table order: two GetQueueAttributes per row, all at once. */
export const listQueueDepths = async (deps: { queues: readonly QueueLocation[]; admin: Pick<QueueAdmin, 'depth'> }): Promise<{ items: QueueStatus[] }> => ({
  items: await Promise.all(
    deps.queues.map(async ({ name, url, deadLetterUrl }) => {
      const [queue, deadLetterQueue] = await Promise.all([deps.admin.depth(url), deps.admin.depth(deadLetterUrl)]);
      return { name, queue, deadLetterQueue };
    }),
  ),
});
