import { customerOf } from '../../shared/auth/principal';
import { httpHandler } from '../../shared/http/http-handler';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key';
import { requestPlanChange } from '../../shared/plan-changes/request-plan-change';
import { ownSubscription } from '../../shared/subscriptions/manage-subscription';
import { callLimiter } from '../http/call-limiter';
import { planChangeDeps } from './plan-change-deps';
import { changePlanRoute } from './plan-change-routes';

export const handler = httpHandler(
  changePlanRoute,
  async ({ params, body, principal, event }) => {
    const deps = planChangeDeps();
    const subscription = await ownSubscription(deps, customerOf(principal).userId, params.id);
    return { status: 202, body: await requestPlanChange(deps, subscription, body.planId, idempotencyKeyOf(event)) };
  },
  { limiter: callLimiter },
);
