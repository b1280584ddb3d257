import { httpHandler } from '../../shared/http/http-handler';
import { createAgentToken } from '../../shared/workers/agent-token-use-cases';
import { workerDeps } from '../workers/worker-deps';
import { createAgentTokenRoute } from './agent-token-routes';

export const handler = httpHandler(createAgentTokenRoute, async ({ body }) => ({ status: 201, body: await createAgentToken(workerDeps(), body.name) }));
