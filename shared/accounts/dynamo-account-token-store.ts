import { GetCommand, PutCommand, type DocumentClient } from '../aws/dynamodb';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import type { AccountTokenRecord } from './account-token';
import type { AccountTokenStore } from './account-token-store';

/** One item per token, keyed by its hash (`ACCOUNTTOKEN#<purpose>#<hash>`), with the table's TTL on `expiresAt`. */
export const dynamoAccountTokenStore = (db: DocumentClient, tableName: string): AccountTokenStore => ({
  async create(record) {
    await db.send(
      new PutCommand({ TableName: tableName, Item: { ...keys.accountToken(record.purpose, record.tokenHash), type: entityTypes.accountToken, ...record }, ...createCondition }),
    );
  },

  async find(purpose, tokenHash) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.accountToken(purpose, tokenHash), ConsistentRead: true }));
    if (!Item) return undefined;
    return {
      purpose,
      tokenHash,
      userId: String(Item.userId),
      email: String(Item.email),
      createdAt: String(Item.createdAt),
      expiresAt: Number(Item.expiresAt),
      ...(typeof Item.usedAt === 'string' ? { usedAt: Item.usedAt } : {}),
    };
  },

  usePart(record, usedAt) {
    return {
      label: `${record.purpose} token`,
      write: {
        Update: {
          TableName: tableName,
          Key: keys.accountToken(record.purpose, record.tokenHash),
          UpdateExpression: 'SET usedAt = :usedAt',
          // Used once, and only while it works: a second use, or a use racing the first, fails here.
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt) AND expiresAt > :nowSeconds',
          ExpressionAttributeValues: { ':usedAt': usedAt.toISOString(), ':nowSeconds': Math.floor(usedAt.getTime() / 1000) },
        },
      },
    };
  },
});
