import * as z from 'zod';
import { DEFAULT_RANGE_HOURS, MAX_RANGE_DAYS } from '../../shared/metering/usage-range';
import { subscriptionUsageSchema } from '../../shared/metering/usage-sample';
import { defineRoute } from '../../shared/http/route';

const dateTime = (description: string, example: string) =>
  z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date and time, e.g. 2026-11-26T00:00:00Z' })
    .optional()
    .meta({ description, example });

export const getUsageRoute = defineRoute({
  operationId: 'getSubscriptionUsage',
  method: 'GET',
  path: '/v1/subscriptions/{id}/usage',
  handler: 'usage/get-usage',
  auth: 'customer',
  summary: `Hourly CPU, memory and storage samples of one of the caller's subscriptions over a range (at most ${MAX_RANGE_DAYS} days), with their totals`,
  tags: ['Billing and usage'],
  request: {
    params: z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a subscription id') }),
    query: z.strictObject({
      from: dateTime(`Start of the range (inclusive); default ${DEFAULT_RANGE_HOURS} hours before \`to\``, '2026-11-26T00:00:00Z'),
      to: dateTime(`End of the range (exclusive), later than \`from\` and at most ${MAX_RANGE_DAYS} days after it; default now`, '2026-11-27T00:00:00Z'),
    }),
  },
  responses: {
    200: {
      description: `The samples whose hour starts in the range, oldest first, and their sums, all in one answer (a ${MAX_RANGE_DAYS}-day range is at most ${MAX_RANGE_DAYS * 24} samples an instance). 400 naming \`query.from\` or \`query.to\` for a date that is not ISO 8601, a reversed range or one longer than ${MAX_RANGE_DAYS} days.`,
      schema: subscriptionUsageSchema,
    },
  },
});

export const usageRoutes = [getUsageRoute];
