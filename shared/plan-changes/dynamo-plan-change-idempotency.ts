import { GetCommand, type DocumentClient } from '../aws/dynamodb';
import { entityTypes, keys } from '../data/keys';
import type { PlanChangeIdempotency } from './plan-change-idempotency';

/** A key is remembered for a day, as Stripe does (and as the create and backup routes do). */
const IDEMPOTENCY_SECONDS = 24 * 3600;

/** `IDEMPOTENCY#<user>#plan-change:<key>`/`REQUEST`: the same item shape as the other routes' keys, with a TTL. */
export const dynamoPlanChangeIdempotency = (db: DocumentClient, tableName: string): PlanChangeIdempotency => ({
  claimPart: (userId, key, replay, now) => ({
    label: 'idempotency key',
    write: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.idempotencyKey(userId, `plan-change:${key}`),
          type: entityTypes.idempotencyKey,
          ...replay,
          createdAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_SECONDS,
        },
        // An expired record (TTL deletion is lazy) no longer counts.
        ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :nowSeconds',
        ExpressionAttributeValues: { ':nowSeconds': Math.floor(now.getTime() / 1000) },
      },
    },
  }),

  async replayOf(userId, key) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.idempotencyKey(userId, `plan-change:${key}`), ConsistentRead: true }));
    if (!Item?.planChangeId || (typeof Item.expiresAt === 'number' && Item.expiresAt < Date.now() / 1000)) return undefined;
    return { planChangeId: String(Item.planChangeId), requestHash: String(Item.requestHash), subscriptionId: String(Item.subscriptionId) };
  },
});
