import type { DocumentClient } from '../aws/dynamodb';
import { countAll } from '../data/query-pages';
import { keys } from '../data/keys';
import { liveSubscriptionStates } from './lifecycle';

export interface LiveSubscriptions {
  count(userId: string): Promise<number>;
}

/** Counts the live subscriptions under an account's partition (`USER#<id>`, `SUBSCRIPTION#…`). */
export const dynamoLiveSubscriptions = (db: DocumentClient, tableName: string): LiveSubscriptions => ({
  count: (userId) =>
    countAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: `#status IN (${liveSubscriptionStates.map((_, i) => `:s${i}`).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': keys.user(userId).PK,
        ':prefix': keys.subscriptionPrefix,
        ...Object.fromEntries(liveSubscriptionStates.map((state, i) => [`:s${i}`, state])),
      },
    }),
});
