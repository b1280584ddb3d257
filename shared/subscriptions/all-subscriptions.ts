import type { Subscription } from './subscription';
import type { SubscriptionStore } from './subscription-store';

const PAGE = 100;

/**
 * Every subscription of a customer, page after page: what a namespace's quota and limits are sized from must
 * count them all, not the first page (a customer past 100 subscriptions, cancelled ones included, would have
 * had the live ones beyond it left out of the quota).
 */
export const allSubscriptionsOf = async (subscriptions: Pick<SubscriptionStore, 'listForUser'>, userId: string): Promise<Subscription[]> => {
  const all: Subscription[] = [];
  let cursor: string | undefined;
  do {
    const page = await subscriptions.listForUser(userId, { limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};
