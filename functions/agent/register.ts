import { agentOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { registerNode } from '../../shared/workers/worker-use-cases';
import { workerDeps } from '../workers/worker-deps';
import { registerNodeRoute } from './agent-routes';

export const handler = httpHandler(registerNodeRoute, async ({ body, principal }) => ({
  status: 200,
  body: await registerNode(workerDeps(), body, agentOf(principal)),
}));
