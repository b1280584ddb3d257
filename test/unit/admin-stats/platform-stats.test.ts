import { describe, expect, it } from 'vitest';
import { platformStats, platformStatsSchema, type PlatformStatsDeps } from '../../../shared/admin-stats/platform-stats';

const now = new Date('2026-11-26T03:17:00.000Z');

/** The stores as fakes that record what they were asked. */
const fakes = (webhooks = { succeeded: 118, failed: 2 }) => {
  const asked: Record<string, unknown> = {};
  const deps: PlatformStatsDeps = {
    users: { countByStatus: async () => ({ ACTIVE: 3, DISABLED: 1 }) },
    services: { countActive: async () => 3 },
    subscriptions: { countByState: async () => ({ PENDING: 0, PROVISIONING: 1, ACTIVE: 2, SUSPENDED: 0, EXPIRED: 0, CANCELLED: 1, FAILED: 0 }) },
    nodes: { countByStatus: async () => ({ HEALTHY: 2, UNHEALTHY: 0, OFFLINE: 1 }) },
    ledger: { monthRevenue: async (month) => ((asked.month = month), [{ currency: 'EUR', payments: 3800, refunds: 900, net: 2900, charges: 5700 }]) },
    webhooks: { since: async (from) => ((asked.since = from.toISOString()), webhooks) },
    now: () => now,
  };
  return { deps, asked };
};

describe('the platform figures (GET /v1/admin/stats)', () => {
  it('totals each count, reads this UTC month’s revenue and the webhook attempts of the current hour and the 23 before', async () => {
    const { deps, asked } = fakes();
    const stats = await platformStats(deps);
    expect(platformStatsSchema.parse(stats)).toEqual(stats);
    expect(stats).toEqual({
      users: { total: 4, ACTIVE: 3, DISABLED: 1 },
      services: { active: 3 },
      subscriptions: { total: 4, PENDING: 0, PROVISIONING: 1, ACTIVE: 2, SUSPENDED: 0, EXPIRED: 0, CANCELLED: 1, FAILED: 0 },
      nodes: { total: 3, HEALTHY: 2, UNHEALTHY: 0, OFFLINE: 1 },
      revenue: { month: '2026-11', currencies: [{ currency: 'EUR', payments: 3800, refunds: 900, net: 2900, charges: 5700 }] },
      webhooks: { since: '2026-11-25T04:00:00.000Z', attempts: 120, succeeded: 118, failed: 2, successRate: 0.9833 },
    });
    expect(asked).toEqual({ month: '2026-11', since: '2026-11-25T04:00:00.000Z' });
  });

  it('has no success rate without attempts, rather than a division by zero', async () => {
    const { deps } = fakes({ succeeded: 0, failed: 0 });
    expect((await platformStats(deps)).webhooks).toMatchObject({ attempts: 0, successRate: null });
  });
});
