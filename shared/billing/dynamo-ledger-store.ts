import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '../data/cursor';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import { commitWithEvents } from '../events/outbox';
import { ledgerEntrySchema, ledgerIdempotencyKey, type LedgerEntry } from './ledger-entry';
import type { LedgerStore } from './ledger-store';

const entryKeys = Object.keys(ledgerEntrySchema.shape);
const entryOf = (item: Record<string, unknown>) => ledgerEntrySchema.parse(Object.fromEntries(entryKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

const keyOf = (entry: Pick<LedgerEntry, 'userId' | 'status' | 'occurredAt' | 'provider' | 'providerEventId'>) =>
  keys.ledgerEntry(entry.status === 'MATCHED' && entry.userId ? { userId: entry.userId } : 'unmatched', entry.occurredAt, ledgerIdempotencyKey(entry));

/**
 * Ledger entries: `USER#<id>`/`TXN#<occurredAt>#<provider>:<event id>` (unmatched ones under `LEDGER#UNMATCHED`),
 * on GSI1 by status for administrators. Immutable: every write is a create (`attribute_not_exists`).
 */
export const dynamoLedgerStore = (db: DynamoDBDocumentClient, tableName: string): LedgerStore => {
  const put = (entry: LedgerEntry) => ({
    TableName: tableName,
    Item: {
      ...keyOf(entry),
      ...keys.ledgerListing(entry.status, entry.occurredAt, ledgerIdempotencyKey(entry)),
      type: entityTypes.ledgerEntry,
      schemaVersion: 1,
      createdAt: entry.recordedAt,
      updatedAt: entry.recordedAt,
      ...entry,
    },
    ...createCondition,
  });

  const list = async (partition: Record<string, string>, indexName: string | undefined, prefix: string | undefined, { limit, cursor }: { limit: number; cursor?: string }) => {
    const [[pkName, pkValue]] = Object.entries(partition) as [[string, string]];
    const { Items = [], LastEvaluatedKey } = await db.send(
      new QueryCommand({
        TableName: tableName,
        ...(indexName ? { IndexName: indexName } : {}),
        KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': pkName, ...(prefix ? { '#sk': 'SK' } : {}) },
        ExpressionAttributeValues: { ':pk': pkValue, ...(prefix ? { ':prefix': prefix } : {}) },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, partition),
      }),
    );
    return { items: Items.map(entryOf), nextCursor: encodeCursor(LastEvaluatedKey) };
  };

  return {
    async find(entry) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keyOf(entry), ConsistentRead: true }));
      return Item ? entryOf(Item) : undefined;
    },

    async record(entry, events) {
      try {
        if (events.length) await commitWithEvents(db, tableName, [{ Put: put(entry) }], events);
        else await db.send(new PutCommand(put(entry)));
        return 'recorded';
      } catch (error) {
        if (failedConditionIndexes(error).includes(0) || (!events.length && isConditionFailure(error))) return 'duplicate';
        throw error;
      }
    },

    entryPart: (entry) => ({ label: 'ledger entry', write: { Put: put(entry) } }),

    listForUser: (userId, page) => list({ PK: keys.user(userId).PK }, undefined, keys.ledgerEntryPrefix, page),

    listByStatus: (status, page) => list({ GSI1PK: keys.ledgerListing(status, '', '').GSI1PK }, 'GSI1', undefined, page),
  };
};
