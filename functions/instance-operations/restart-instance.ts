import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { requestRestart } from '../../shared/instance-operations/restart';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { callLimiter } from '../http/call-limiter';
import { restartDeps } from './instance-operation-deps';
import { restartInstanceRoute } from './instance-operation-routes';

export const handler = httpHandler(
  restartInstanceRoute,
  async ({ params, principal }) => {
    const deps = restartDeps();
    const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
    return { status: 202, body: await requestRestart(deps, subscription) };
  },
  { limiter: callLimiter },
);
