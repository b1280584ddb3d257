import { httpHandler } from '../../shared/http/http-handler';
import { listNodes } from '../../shared/workers/worker-use-cases';
import { workerDeps } from './worker-deps';
import { listWorkersRoute } from './worker-routes';

export const handler = httpHandler(listWorkersRoute, async ({ query }) => ({ status: 200, body: await listNodes(workerDeps(), query) }));
