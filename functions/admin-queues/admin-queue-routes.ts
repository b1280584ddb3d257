import * as z from 'zod';
import { queueRedriveSchema } from '../../shared/admin-queues/redrive-dead-letters';
import { queueStatusListSchema } from '../../shared/admin-queues/queue-depths';
import { defineRoute } from '../../shared/http/route';
import { MAX_QUEUE_NAME_LENGTH, queueNamePattern } from '../../shared/queues/queue-names';

const tags = ['Administration: queues'];

export const listQueuesRoute = defineRoute({
  operationId: 'adminListQueues',
  method: 'GET',
  path: '/v1/admin/queues',
  handler: 'admin-queues/list-queues',
  auth: 'admin',
  summary: "Every queue of the platform with its depth and its dead-letter queue's depth",
  tags,
  responses: { 200: { description: 'The queues, in the order of the queue table.', schema: queueStatusListSchema } },
});

export const redriveQueueRoute = defineRoute({
  operationId: 'adminRedriveQueue',
  method: 'POST',
  path: '/v1/admin/queues/{name}/redrive',
  handler: 'admin-queues/redrive-queue',
  auth: 'admin',
  summary: "Send the dead-letter queue's messages back to their queue (up to 1000 per call)",
  tags,
  request: {
    params: z.object({
      name: z
        .string()
        .max(MAX_QUEUE_NAME_LENGTH)
        .regex(queueNamePattern, 'must be a queue name: lower-case words joined by hyphens')
        .meta({ example: 'webhook-delivery' }),
    }),
  },
  responses: { 202: { description: 'Moved; the DLQ depth after the move tells whether to call again.', schema: queueRedriveSchema } },
});

export const adminQueueRoutes = [listQueuesRoute, redriveQueueRoute];
