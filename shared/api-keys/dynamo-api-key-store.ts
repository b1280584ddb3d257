import { BatchWriteCommand, GetCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { failedConditionIndexes, isConditionFailure, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { createCondition } from '../data/versioned-update';
import { AppError, notFound } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import { apiKeySchema, MAX_API_KEYS, type ApiKey, type StoredApiKey } from './api-key';
import type { ApiKeyStore } from './api-key-store';

const SCHEMA_VERSION = 1;
/** An expired key stays listed (answering 401) for a month, then the table's TTL removes it. */
const KEEP_EXPIRED_SECONDS = 30 * 24 * 3600;
/** What a listing reads: never `secretHash`. */
const VIEW = ['id', 'name', 'scopes', 'createdAt', 'expiry', 'lastUsedAt'] as const;

const viewOf = (item: Record<string, unknown>): ApiKey =>
  apiKeySchema.parse({ id: item.id, name: item.name, scopes: item.scopes, createdAt: item.createdAt, expiresAt: item.expiry, lastUsedAt: item.lastUsedAt });

/** Moves the account's key count; `max` makes the move conditional on room for one more. */
const countMove = (tableName: string, userId: string, delta: 1 | -1) => ({
  Update: {
    TableName: tableName,
    Key: keys.apiKeyCount(userId),
    UpdateExpression: 'SET #count = if_not_exists(#count, :zero) + :delta, #type = :type',
    ...(delta === 1 ? { ConditionExpression: 'attribute_not_exists(#count) OR #count < :max' } : {}),
    ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
    ExpressionAttributeValues: { ':zero': 0, ':delta': delta, ':type': 'ApiKeyCount', ...(delta === 1 ? { ':max': MAX_API_KEYS } : {}) },
  },
});

export const dynamoApiKeyStore = (db: DocumentClient, tableName: string): ApiKeyStore => ({
  async create(key, events) {
    const { expiresAt, lastUsedAt: _never, secretHash, userId, ...view } = key;
    try {
      await commitWithEvents(
      db,
      tableName,
      [
        countMove(tableName, userId, 1),
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.apiKey(key.id),
              ...keys.apiKeyListing(userId, key.id),
              type: entityTypes.apiKey,
              schemaVersion: SCHEMA_VERSION,
              ...view,
              userId,
              secretHash,
              // The API's `expiresAt` is a time; the table's `expiresAt` is its TTL attribute (epoch seconds).
              ...(expiresAt ? { expiry: expiresAt, expiresAt: Math.floor(Date.parse(expiresAt) / 1000) + KEEP_EXPIRED_SECONDS } : {}),
            },
            ...createCondition,
          },
        },
      ],
      events,
      );
    } catch (error) {
      // The count's condition, in the same transaction as the key: the cap holds however many create at once.
      if (failedConditionIndexes(error).includes(0)) throw new AppError('conflict', `An account holds at most ${MAX_API_KEYS} API keys; revoke one first.`);
      throw error;
    }
  },

  async get(keyId) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.apiKey(keyId), ConsistentRead: true }));
    if (!Item) return undefined;
    return { ...viewOf(Item), userId: String(Item.userId), secretHash: String(Item.secretHash) };
  },

  async list(userId) {
    const items = await queryAllItems(db, {
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.apiKeyListingPartition(userId).GSI1PK },
      ProjectionExpression: VIEW.map((_, i) => `#p${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(VIEW.map((name, i) => [`#p${i}`, name])),
    });
    return items.map(viewOf);
  },

  async revoke(userId, keyId, events) {
    await onConditionFailure(
      () =>
        commitWithEvents(
          db,
          tableName,
          [
            {
              Delete: {
                TableName: tableName,
                Key: keys.apiKey(keyId),
                // Another customer's key is as unknown as one that never existed.
                ConditionExpression: 'userId = :userId',
                ExpressionAttributeValues: { ':userId': userId },
              },
            },
            countMove(tableName, userId, -1),
          ],
          events,
        ),
      () => notFound('The API key'),
    );
  },

  async touch(keyId, now, staleBefore) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.apiKey(keyId),
          UpdateExpression: 'SET lastUsedAt = :now',
          // Two requests in the same minute write once; a key revoked meanwhile is not brought back.
          ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :stale)',
          ExpressionAttributeValues: { ':now': now, ':stale': staleBefore },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  },

  async deleteAllOfUser(userId) {
    const items = await queryAllItems(db, {
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.apiKeyListingPartition(userId).GSI1PK },
      ProjectionExpression: 'PK, SK',
    });
    for (let i = 0; i < items.length; i += 25) {
      const batch = items.slice(i, i + 25).map((item) => ({ DeleteRequest: { Key: { PK: item.PK, SK: item.SK } } }));
      let unprocessed: Record<string, unknown>[] | undefined = batch;
      for (let attempt = 0; unprocessed?.length && attempt < 5; attempt++) {
        const answer = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: unprocessed as never } }));
        unprocessed = answer.UnprocessedItems?.[tableName] as Record<string, unknown>[] | undefined;
      }
      if (unprocessed?.length) throw new Error(`${unprocessed.length} API keys of an account could not be deleted`);
    }
    await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: [{ DeleteRequest: { Key: keys.apiKeyCount(userId) } }] } }));
    return items.length;
  },
});
