import { httpHandler } from '../../shared/http/http-handler';
import { getNode } from '../../shared/workers/worker-use-cases';
import { workerDeps } from './worker-deps';
import { getWorkerRoute } from './worker-routes';

export const handler = httpHandler(getWorkerRoute, async ({ params }) => ({ status: 200, body: await getNode(workerDeps(), params.idOrName) }));
