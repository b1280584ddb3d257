import * as z from 'zod';
import { notFound } from '../errors/app-error';
import type { QueueLocation } from '../queues/queue-environment';
import type { QueueAdmin } from './queue-admin';
import { queueDepthSchema } from './queue-depths';

export const queueRedriveSchema = z
  .object({
    name: z.string(),
    moved: z.number().int().min(0).meta({ description: 'Messages sent back to the queue by this call' }),
    deadLetterQueue: queueDepthSchema.meta({ description: 'What the DLQ holds after the move; call again while `visible` is not 0' }),
  })
  .meta({ id: 'QueueRedrive' });

export type QueueRedrive = z.infer<typeof queueRedriveSchema>;

/** One call moves at most this many messages, so it answers well within the function's timeout. */
export const REDRIVE_LIMIT = 1000;

/**
 * Sends a DLQ's messages back to its queue, where its consumer gets them again with a fresh receive count.
 * Bounded by a count and a deadline: the answer says what is left, and calling again moves the rest.
 */
export const redriveDeadLetters = async (
  deps: { queues: readonly QueueLocation[]; admin: QueueAdmin },
  name: string,
  limits: { deadline: number; limit?: number },
): Promise<QueueRedrive> => {
  const location = deps.queues.find((queue) => queue.name === name);
  if (!location) throw notFound(`Queue "${name}"`);
  const { moved } = await deps.admin.moveMessages(location.deadLetterUrl, location.url, { limit: limits.limit ?? REDRIVE_LIMIT, deadline: limits.deadline });
  return { name, moved, deadLetterQueue: await deps.admin.depth(location.deadLetterUrl) };
};
