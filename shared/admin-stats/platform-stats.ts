import * as z from 'zod';
import type { UserStore } from '../accounts/user-store';
import type { LedgerStore } from '../billing/ledger-store';
import { currencyRevenueSchema, revenueMonthOf } from '../billing/revenue';
import type { ServiceStore } from '../catalog/service-store';
import { subscriptionStates } from '../subscriptions/lifecycle';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import { tallyHourOf, type DeliveryTallyStore } from '../webhooks/delivery-tally-store';
import { nodeStatusSchema } from '../workers/node';
import type { NodeStore } from '../workers/node-store';

const count = z.number().int();
/** Webhook success is judged over the current hour and the 23 before it. */
export const WEBHOOK_WINDOW_HOURS = 24;

export const platformStatsSchema = z
  .object({
    users: z.object({ total: count, ACTIVE: count, DISABLED: count }),
    services: z.object({ active: count }),
    subscriptions: z
      .object({ total: count, ...Object.fromEntries(subscriptionStates.map((state) => [state, count])) } as Record<'total' | (typeof subscriptionStates)[number], typeof count>)
      .meta({ description: 'Every state, 0 when none' }),
    nodes: z
      .object({ total: count, ...Object.fromEntries(nodeStatusSchema.options.map((status) => [status, count])) } as Record<'total' | z.infer<typeof nodeStatusSchema>, typeof count>)
      .meta({ description: 'Worker nodes by health' }),
    revenue: z
      .object({
        month: z.string().regex(/^\d{4}-\d\d$/).meta({ description: 'The current month, UTC', example: '2026-11' }),
        currencies: z.array(currencyRevenueSchema).meta({ description: 'One row per currency that moved this month, by code' }),
      })
      .meta({ description: "This month's matched payments minus refunds (net), and the periods charged, per currency, in minor units" }),
    webhooks: z
      .object({
        since: z.iso.datetime().meta({ description: `The start of the window: the current hour and the ${WEBHOOK_WINDOW_HOURS - 1} before it` }),
        attempts: count,
        succeeded: count.meta({ description: 'Attempts answered with a 2xx' }),
        failed: count,
        successRate: z.number().min(0).max(1).nullable().meta({ description: 'succeeded / attempts; null when there was no attempt', example: 0.98 }),
      })
      .meta({ description: 'Webhook delivery attempts of the last 24 hours' }),
  })
  .meta({ id: 'PlatformStats' });

export type PlatformStats = z.infer<typeof platformStatsSchema>;

export interface PlatformStatsDeps {
  users: Pick<UserStore, 'countByStatus'>;
  services: Pick<ServiceStore, 'countActive'>;
  subscriptions: Pick<SubscriptionStore, 'countByState'>;
  nodes: Pick<NodeStore, 'countByStatus'>;
  ledger: Pick<LedgerStore, 'monthRevenue'>;
  webhooks: Pick<DeliveryTallyStore, 'since'>;
  now: () => Date;
}

const withTotal = <K extends string>(counts: Record<K, number>) => ({ total: Object.values<number>(counts).reduce((sum, n) => sum + n, 0), ...counts });

/**
 * The platform's figures for administrators (GET /v1/admin/stats, and the local runtime's summary line).
 * Nothing here grows with the table: users, subscriptions per state, this month's revenue and the webhook
 * tally are counters kept in the writes that change them (a GetItem or one small Query each); the catalog
 * and the nodes are few and counted with one index query each. All read at once.
 */
export const platformStats = async (deps: PlatformStatsDeps): Promise<PlatformStats> => {
  const now = deps.now();
  const month = revenueMonthOf(now);
  const since = new Date(`${tallyHourOf(new Date(now.getTime() - (WEBHOOK_WINDOW_HOURS - 1) * 3600_000))}:00:00.000Z`);
  const [users, activeServices, subscriptions, nodes, revenue, webhooks] = await Promise.all([
    deps.users.countByStatus(),
    deps.services.countActive(),
    deps.subscriptions.countByState(),
    deps.nodes.countByStatus(),
    deps.ledger.monthRevenue(month),
    deps.webhooks.since(since),
  ]);
  const attempts = webhooks.succeeded + webhooks.failed;
  return {
    users: withTotal(users),
    services: { active: activeServices },
    subscriptions: withTotal(subscriptions),
    nodes: withTotal(nodes),
    revenue: { month, currencies: revenue },
    webhooks: {
      since: since.toISOString(),
      attempts,
      ...webhooks,
      successRate: attempts ? Math.round((webhooks.succeeded / attempts) * 10_000) / 10_000 : null,
    },
  };
};
