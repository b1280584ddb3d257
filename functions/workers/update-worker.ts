import { httpHandler } from '../../shared/http/http-handler';
import { updateNode } from '../../shared/workers/worker-use-cases';
import { workerDeps } from './worker-deps';
import { updateWorkerRoute } from './worker-routes';

export const handler = httpHandler(updateWorkerRoute, async ({ params, body }) => ({ status: 200, body: await updateNode(workerDeps(), params.idOrName, body) }));
