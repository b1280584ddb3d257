import { httpHandler } from '../../shared/http/http-handler';
import { deleteNode } from '../../shared/workers/worker-use-cases';
import { workerDeps } from './worker-deps';
import { deleteWorkerRoute } from './worker-routes';

export const handler = httpHandler(deleteWorkerRoute, async ({ params }) => {
  await deleteNode(workerDeps(), params.idOrName);
  return { status: 204 };
});
