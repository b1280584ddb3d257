import { GetCommand, PutCommand, type DocumentClient } from '../aws/dynamodb';
import { counterShard } from '../data/counter-shards';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { queryAllItems } from '../data/query-pages';
import { createCondition } from '../data/versioned-update';
import { commitWithEvents } from '../events/outbox';
import { ledgerEntrySchema, ledgerIdempotencyKey, type LedgerEntry, type LedgerKeyFields } from './ledger-entry';
import type { LedgerStore } from './ledger-store';
import { revenueContribution, revenueFields, sumRevenue } from './revenue';

const entryKeys = Object.keys(ledgerEntrySchema.shape);
const entryOf = (item: Record<string, unknown>) => ledgerEntrySchema.parse(Object.fromEntries(entryKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

const keyOf = (entry: LedgerKeyFields & Pick<LedgerEntry, 'userId' | 'status' | 'occurredAt'>) =>
  keys.ledgerEntry(entry.status === 'MATCHED' && entry.userId ? { userId: entry.userId } : 'unmatched', entry.occurredAt, ledgerIdempotencyKey(entry));

/**
 * Ledger entries: `USER#<id>`/`TXN#<occurredAt>#<idempotency key>` (unmatched ones under `LEDGER#UNMATCHED`),
 * on GSI1 by status for administrators. Immutable: every write is a create (`attribute_not_exists`). A matched
 * payment, refund or charge also ADDs its amount to its month's revenue counter in the same transaction, so
 * the counter moves exactly when the entry is written, and never for a duplicate.
 */
export const dynamoLedgerStore = (db: DocumentClient, tableName: string): LedgerStore => {
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

  /** The revenue counter's ADD for this entry, if it counts (revenue.ts), as a transaction item. */
  const revenueUpdate = (entry: LedgerEntry) => {
    const counted = revenueContribution(entry);
    if (!counted) return [];
    return [
      {
        Update: {
          TableName: tableName,
          Key: keys.revenue(counted.month, counted.currency, counted.field, counterShard(ledgerIdempotencyKey(entry))),
          UpdateExpression: 'SET #type = :type, #currency = :currency, #month = :month ADD #field :amount',
          ExpressionAttributeNames: { '#type': 'type', '#currency': 'currency', '#month': 'month', '#field': counted.field },
          ExpressionAttributeValues: { ':type': entityTypes.stats, ':currency': counted.currency, ':month': counted.month, ':amount': counted.amount },
        },
      },
    ];
  };

  return {
    async find(entry) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keyOf(entry), ConsistentRead: true }));
      return Item ? entryOf(Item) : undefined;
    },

    async record(entry, events) {
      const counters = revenueUpdate(entry);
      try {
        if (events.length || counters.length) await commitWithEvents(db, tableName, [{ Put: put(entry) }, ...counters], events);
        else await db.send(new PutCommand(put(entry)));
        return 'recorded';
      } catch (error) {
        if (failedConditionIndexes(error).includes(0) || (!events.length && !counters.length && isConditionFailure(error))) return 'duplicate';
        throw error;
      }
    },

    entryParts: (entry) => [
      { label: entry.kind === 'charge' && !entry.planChangeId ? 'period charge' : 'ledger entry', write: { Put: put(entry) } },
      ...revenueUpdate(entry).map((write) => ({ label: 'revenue counter', write })),
    ],

    // Both newest first: the sort keys lead with when the money moved.
    listForUser: (userId, page) =>
      queryPage(db, { tableName, partition: { PK: keys.user(userId).PK }, sortKey: { beginsWith: keys.ledgerEntryPrefix }, descending: true }, page, entryOf),

    listByStatus: (status, page) => queryPage(db, { tableName, partition: { GSI1PK: keys.ledgerListing(status, '', '').GSI1PK }, descending: true }, page, entryOf),

    async monthRevenue(month) {
      // A month has one item per currency, kind and shard: a few dozen at most, read in one Query.
      const items = await queryAllItems(db, {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.revenueMonth(month).PK },
      });
      return sumRevenue(
        items.map((item) => ({
          currency: String(item.currency),
          ...Object.fromEntries(revenueFields.map((field) => [field, Number(item[field] ?? 0)])),
        })),
      );
    },
  };
};
