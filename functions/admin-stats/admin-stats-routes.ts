import { platformStatsSchema } from '../../shared/admin-stats/platform-stats';
import { defineRoute } from '../../shared/http/route';

export const getStatsRoute = defineRoute({
  operationId: 'adminGetStats',
  method: 'GET',
  path: '/v1/admin/stats',
  handler: 'admin-stats/get-stats',
  auth: 'admin',
  summary: 'Platform figures: users, subscriptions by state, nodes by health, revenue this month, webhook success (24 h)',
  tags: ['Administration: stats'],
  responses: { 200: { description: 'The counts.', schema: platformStatsSchema } },
});

export const adminStatsRoutes = [getStatsRoute];
