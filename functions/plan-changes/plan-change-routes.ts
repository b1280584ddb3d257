import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';
import { planChangeLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';
import { changePlanRequestSchema, planChangeSchema } from '../../shared/plan-changes/plan-change';
import { instanceSchema, subscriptionSchema } from '../../shared/subscriptions/subscription';

const subscriptionParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') });

const planChangeStarted = z
  .object({
    subscription: subscriptionSchema.meta({ description: 'Still on its current plan: it moves to the new one when the new plan runs' }),
    instance: instanceSchema,
    planChange: planChangeSchema.optional().meta({ description: 'The change and its prorated amount, while it runs' }),
  })
  .meta({ id: 'PlanChangeStarted' });

export const changePlanRoute = defineRoute({
  operationId: 'changePlan',
  method: 'POST',
  path: '/v1/subscriptions/{id}/change-plan',
  handler: 'plan-changes/change-plan',
  auth: 'customer',
  // The instance is RESIZING while the new plan's resources, quota and volume size are applied and its rollout
  // judged; then the subscription is on the new plan and the ledger has one prorated entry for the rest of the
  // period. A failed rollout puts the old plan back and charges nothing.
  summary: 'Move the subscription to another plan of its service, up or down, with a prorated charge or credit (send an Idempotency-Key to retry safely)',
  tags: ['Subscriptions'],
  request: { params: subscriptionParams, body: changePlanRequestSchema },
  responses: { 202: { description: 'The plan change started; the instance is RESIZING.', schema: planChangeStarted } },
  errors: {
    404: 'No such subscription of yours, or no such plan of its service (body.planId).',
    409: 'The instance is busy (another operation runs), the subscription is not ACTIVE, it is on that plan already, the plan’s storage is smaller than the volumes (volumes only grow), its currency or billing period differs, or its node has no room for it.',
    422: 'The Idempotency-Key was already used with another request.',
  },
  rateLimit: countedLimit(planChangeLimit),
});

export const planChangeRoutes = [changePlanRoute];
