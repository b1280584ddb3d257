import { agentOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { countHeartbeat, flushMetrics } from '../../shared/metrics/platform-metrics';
import { recordHeartbeat } from '../../shared/workers/worker-use-cases';
import { workerDeps } from '../workers/worker-deps';
import { heartbeatRoute } from './agent-routes';

export const handler = httpHandler(heartbeatRoute, async ({ body, principal }) => {
  await recordHeartbeat(workerDeps(), body, agentOf(principal));
  countHeartbeat();
  flushMetrics();
  return { status: 204 };
});
