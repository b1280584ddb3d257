import { notFound } from '../errors/app-error';
import type { SubscriptionStore } from '../subscriptions/subscription-store';
import { sumUsage, type SubscriptionUsage } from './usage-sample';
import { usageRange } from './usage-range';
import type { UsageStore } from './usage-store';

export interface UsageDeps {
  subscriptions: Pick<SubscriptionStore, 'get'>;
  usage: UsageStore;
  now: () => Date;
}

/**
 * A customer's usage of one subscription over a range: its hourly samples and their sums. The subscription
 * is read under the caller's own account first, so another customer's id is 404 and their samples are never
 * read. The totals are summed here over exactly the range asked for (a billing period is such a range),
 * rather than kept as running totals beside the samples: any range then has exact totals, and the hourly
 * write stays one conditional PutItem instead of a transaction.
 */
export const subscriptionUsage = async (deps: UsageDeps, userId: string, subscriptionId: string, query: { from?: string; to?: string }): Promise<SubscriptionUsage> => {
  const range = usageRange(query, deps.now());
  const subscription = await deps.subscriptions.get(userId, subscriptionId);
  if (!subscription) throw notFound('The subscription');
  const samples = await deps.usage.listSamples(subscription.id, range);
  return { subscriptionId: subscription.id, from: range.from.toISOString(), to: range.to.toISOString(), samples, totals: sumUsage(samples) };
};
