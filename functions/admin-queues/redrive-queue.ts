import { redriveDeadLetters } from '../../shared/admin-queues/redrive-dead-letters';
import { httpHandler } from '../../shared/http/http-handler';
import { redriveQueueRoute } from './admin-queue-routes';
import { queueAdminDeps } from './queue-admin-deps';

/** Time kept back from the function's timeout to read the DLQ's depth and answer. */
const ANSWER_MARGIN_MS = 3000;

export const handler = httpHandler(redriveQueueRoute, async ({ params }, context) => ({
  status: 202,
  body: await redriveDeadLetters(queueAdminDeps(), params.name, { deadline: Date.now() + context.getRemainingTimeInMillis() - ANSWER_MARGIN_MS }),
}));
