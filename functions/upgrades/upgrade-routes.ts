import * as z from 'zod';
import { defineRoute } from '../../shared/http/route';
import { upgradeAcceptedSchema, upgradeRequestSchema } from '../../shared/upgrades/upgrade';

const tags = ['Subscriptions'];
const subscriptionParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') });

export const upgradeInstanceRoute = defineRoute({
  operationId: 'upgradeInstance',
  method: 'POST',
  path: '/v1/subscriptions/{id}/instance/upgrade',
  handler: 'upgrades/upgrade-instance',
  auth: 'customer',
  summary: 'Upgrade the instance to a newer version (send an Idempotency-Key to retry safely)',
  tags,
  request: { params: subscriptionParams, body: upgradeRequestSchema },
  responses: {
    202: {
      description: 'UPGRADING: a pre-upgrade backup, the new version, its rollout; on failure the previous version (and its data) come back.',
      schema: upgradeAcceptedSchema,
    },
  },
  errors: {
    404: 'The subscription is not the caller’s, or the version is not one of the service’s (`body.version`).',
    409: 'A downgrade or the same version (apps migrate their data forward), an end-of-life version, another operation running, or a subscription that is not ACTIVE.',
    422: 'The Idempotency-Key was already used with another request.',
  },
  throttle: { rateLimit: 2, burstLimit: 5 },
});

export const upgradeRoutes = [upgradeInstanceRoute];
