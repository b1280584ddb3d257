import { httpHandler } from '../../shared/http/http-handler';
import { listAgentTokens } from '../../shared/workers/agent-token-use-cases';
import { workerDeps } from '../workers/worker-deps';
import { listAgentTokensRoute } from './agent-token-routes';

export const handler = httpHandler(listAgentTokensRoute, async ({ query }) => ({ status: 200, body: await listAgentTokens(workerDeps(), query) }));
