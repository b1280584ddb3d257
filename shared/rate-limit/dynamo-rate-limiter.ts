import { BatchGetCommand, DeleteCommand, PutCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import type { RateLimiter, RateSubject } from './rate-limiter';

/**
 * Fixed-window counters in the table. A counter item lives for its window (TTL `expiresAt`); since TTL
 * deletion is lazy, an item whose window has ended counts as empty and is restarted by the next failure.
 */
export const dynamoRateLimiter = (db: DocumentClient, tableName: string, windowSeconds: number, now = () => Date.now()): RateLimiter => {
  const keyOf = (s: RateSubject) => keys.rateCounter(s.scope, s.subject);
  return {
    async check(subjects) {
      const { Responses } = await db.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: subjects.map(keyOf), ConsistentRead: true } } }),
      );
      const nowSeconds = Math.floor(now() / 1000);
      let retryAfterSeconds = 0;
      const counted: string[] = [];
      for (const item of Responses?.[tableName] ?? []) {
        const subject = subjects.find((s) => keyOf(s).PK === item.PK)!;
        const windowEnds = Number(item.windowEnds);
        if (windowEnds <= nowSeconds) continue;
        counted.push(subject.scope);
        if (Number(item.count) >= subject.limit) retryAfterSeconds = Math.max(retryAfterSeconds, windowEnds - nowSeconds);
      }
      return { blocked: retryAfterSeconds > 0, retryAfterSeconds, counted };
    },

    async recordFailure(subjects) {
      const nowSeconds = Math.floor(now() / 1000);
      await Promise.all(
        subjects.map(async (subject) => {
          const windowEnds = nowSeconds + (subject.windowSeconds ?? windowSeconds);
          try {
            await db.send(
              new UpdateCommand({
                TableName: tableName,
                Key: keyOf(subject),
                UpdateExpression: 'SET #type = :type, windowEnds = if_not_exists(windowEnds, :end), expiresAt = if_not_exists(expiresAt, :end) ADD #count :one',
                ConditionExpression: 'attribute_not_exists(PK) OR windowEnds > :now',
                ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
                ExpressionAttributeValues: { ':type': entityTypes.rateCounter, ':end': windowEnds, ':one': 1, ':now': nowSeconds },
              }),
            );
          } catch (error) {
            if (!isConditionFailure(error)) throw error;
            // The old window is over: this failure starts a new one.
            await db.send(
              new PutCommand({
                TableName: tableName,
                Item: { ...keyOf(subject), type: entityTypes.rateCounter, count: 1, windowEnds, expiresAt: windowEnds },
              }),
            );
          }
        }),
      );
    },

    async reset(subject) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: keyOf(subject) }));
    },
  };
};
