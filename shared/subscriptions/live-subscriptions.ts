import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countAll } from '../data/query-pages';
import { keys } from '../data/keys';

/** States in which a subscription still runs or may run again: an account with one cannot be deleted. */
export const LIVE_SUBSCRIPTION_STATES = ['PENDING', 'PROVISIONING', 'ACTIVE', 'SUSPENDED'] as const;

export interface LiveSubscriptions {
  count(userId: string): Promise<number>;
}

/** Counts the live subscriptions under an account's partition (`USER#<id>`, `SUBSCRIPTION#…`). */
export const dynamoLiveSubscriptions = (db: DynamoDBDocumentClient, tableName: string): LiveSubscriptions => ({
  count: (userId) =>
    countAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: '#status IN (:s0, :s1, :s2, :s3)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': keys.user(userId).PK,
        ':prefix': keys.subscriptionPrefix,
        ...Object.fromEntries(LIVE_SUBSCRIPTION_STATES.map((state, i) => [`:s${i}`, state])),
      },
    }),
});
