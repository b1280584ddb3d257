import { httpHandler } from '../../shared/http/http-handler';
import { revokeAgentToken } from '../../shared/workers/agent-token-use-cases';
import { workerDeps } from '../workers/worker-deps';
import { revokeAgentTokenRoute } from './agent-token-routes';

export const handler = httpHandler(revokeAgentTokenRoute, async ({ params }) => {
  await revokeAgentToken(workerDeps(), params.id);
  return { status: 204 };
});
