import { listQueueDepths } from '../../shared/admin-queues/queue-depths';
import { httpHandler } from '../../shared/http/http-handler';
import { listQueuesRoute } from './admin-queue-routes';
import { queueAdminDeps } from './queue-admin-deps';

export const handler = httpHandler(listQueuesRoute, async () => ({ status: 200, body: await listQueueDepths(queueAdminDeps()) }));
