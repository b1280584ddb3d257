import type { DocumentClient } from '../aws/dynamodb';
import { counterShard, COUNTER_SHARDS } from '../data/counter-shards';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { subscriptionStates, type SubscriptionState } from './lifecycle';

/**
 * The subscriptions-per-state counters (/v1/admin/stats): an ADD to the subscription's shard, as a
 * transaction item of the write that creates or moves it, so the counts move exactly when the state does.
 * A move to the same state (a renewal, a notice) changes nothing and adds no item.
 */
export const subscriptionCountUpdate = (tableName: string, subscriptionId: string, deltas: Partial<Record<SubscriptionState, number>>) => {
  const entries = Object.entries(deltas).filter(([, delta]) => delta !== 0);
  if (!entries.length) return [];
  return [
    {
      Update: {
        TableName: tableName,
        Key: keys.subscriptionCounts(counterShard(subscriptionId)),
        UpdateExpression: `SET #type = :type ADD ${entries.map((_, i) => `#s${i} :d${i}`).join(', ')}`,
        ExpressionAttributeNames: { '#type': 'type', ...Object.fromEntries(entries.map(([state], i) => [`#s${i}`, state])) },
        ExpressionAttributeValues: { ':type': entityTypes.stats, ...Object.fromEntries(entries.map(([, delta], i) => [`:d${i}`, delta])) },
      },
    },
  ];
};

/** Every state with its count (0 when none): the shards summed, read with one Query of the `STATS` partition. */
export const readSubscriptionCounts = async (db: DocumentClient, tableName: string): Promise<Record<SubscriptionState, number>> => {
  const items = await queryAllItems(db, {
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.subscriptionCounts(0).PK, ':prefix': keys.subscriptionCountsPrefix },
    Limit: COUNTER_SHARDS,
  });
  const counts = Object.fromEntries(subscriptionStates.map((state) => [state, 0])) as Record<SubscriptionState, number>;
  for (const item of items) for (const state of subscriptionStates) counts[state] += Number(item[state] ?? 0);
  return counts;
};
