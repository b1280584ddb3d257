import { DeleteCommand, GetCommand, type DocumentClient } from '../aws/dynamodb';
import type { CommitPart } from '../data/commit-part';
import { isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { createCondition } from '../data/versioned-update';
import { conflict } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import * as z from 'zod';
import { encodeCursor } from '../data/cursor';
import { validationError } from '../errors/app-error';
import { backupSchema, backupStatuses, type Backup, type BackupStatus } from './backup';
import type { UpgradeOf } from '../upgrades/upgrade';
import type { BackupStore } from './backup-store';

/** An Idempotency-Key is remembered for a day, as for subscriptions. */
const IDEMPOTENCY_SECONDS = 24 * 3600;
const backupKeys = Object.keys(backupSchema.shape);
const backupOf = (item: Record<string, unknown>): Backup =>
  backupSchema.parse(Object.fromEntries(backupKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

/** The administrators' cursor: the status partition it stopped in and that partition's own cursor (checked when followed). */
const adminCursorSchema = z.strictObject({ status: z.enum(backupStatuses), inner: z.string().optional() });
const adminCursorOf = (cursor: string) => {
  try {
    return adminCursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw validationError([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
  }
};

/** The order administrators read backups in: what needs attention first. */
const adminOrder: readonly BackupStatus[] = ['FAILED', 'RUNNING', 'COMPLETED'];

const itemOf = (backup: Backup) => ({
  ...keys.backup(backup.subscriptionId, backup.id),
  ...keys.backupListing(backup.status, backup.createdAt, backup.id),
  ...keys.backupOfCustomer(backup.userId, backup.createdAt, backup.id),
  type: entityTypes.backup,
  ...backup,
});

export const dynamoBackupStore = (db: DocumentClient, tableName: string): BackupStore => {
  /** RUNNING → `status`: the item is put whole again (its listing key moves), only if it is still RUNNING. */
  const finishPart = (backup: Backup, finished: Backup): CommitPart => ({
    label: 'backup',
    write: {
      Put: {
        TableName: tableName,
        Item: itemOf(finished),
        ConditionExpression: '#status = :running',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':running': 'RUNNING' },
      },
    },
  });

  const usageUpdate = (userId: string, count: number, sizeBytes: number, now: string) => ({
    Update: {
      TableName: tableName,
      Key: keys.backupUsage(userId),
      UpdateExpression: 'SET #type = :type, updatedAt = :now ADD #count :count, sizeBytes :size',
      ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
      ExpressionAttributeValues: { ':type': entityTypes.backupUsage, ':now': now, ':count': count, ':size': sizeBytes },
    },
  });

  /** One page of one status for administrators; the cursor carries the status it stopped in. */
  const adminPages = async (statuses: readonly BackupStatus[], limit: number, cursor: string | undefined, userId: string | undefined) => {
    const position: { status?: BackupStatus; inner?: string } = cursor ? adminCursorOf(cursor) : {};
    let index = position.status ? statuses.indexOf(position.status) : 0;
    if (index < 0) throw validationError([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
    let inner = position.inner;
    const items: Backup[] = [];
    while (index < statuses.length && items.length < limit) {
      const status = statuses[index]!;
      const page = await queryPage(
        db,
        {
          tableName,
          partition: { GSI1PK: keys.backupListing(status, '', '').GSI1PK },
          descending: true,
          ...(userId && { filter: { expression: 'userId = :user', values: { ':user': userId } } }),
        },
        { limit: limit - items.length, cursor: inner },
        backupOf,
      );
      items.push(...page.items);
      if (page.nextCursor) return { items, nextCursor: encodeCursor({ status, inner: page.nextCursor }) };
      index += 1;
      inner = undefined;
    }
    return { items, ...(index < statuses.length && { nextCursor: encodeCursor({ status: statuses[index] }) }) };
  };

  return {
    createPart: (backup, restoreOf, upgradeOf) => ({
      label: 'backup',
      write: { Put: { TableName: tableName, Item: { ...itemOf(backup), ...(restoreOf && { restoreOf }), ...(upgradeOf && { upgradeOf }) }, ...createCondition } },
    }),

    async upgradeOf(subscriptionId, backupId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.backup(subscriptionId, backupId), ConsistentRead: true }));
      return Item?.upgradeOf as UpgradeOf | undefined;
    },

    idempotencyPart: (userId, key, requestHash, backupId) => ({
      label: 'idempotency key',
      write: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.idempotencyKey(userId, `backup:${key}`),
            type: entityTypes.idempotencyKey,
            requestHash,
            backupId,
            expiresAt: Math.floor(Date.now() / 1000) + IDEMPOTENCY_SECONDS,
          },
          ...createCondition,
        },
      },
    }),

    async replayOf(userId, key) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.idempotencyKey(userId, `backup:${key}`), ConsistentRead: true }));
      return Item?.backupId ? { backupId: String(Item.backupId), requestHash: String(Item.requestHash) } : undefined;
    },

    async get(subscriptionId, backupId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.backup(subscriptionId, backupId), ConsistentRead: true }));
      return Item ? backupOf(Item) : undefined;
    },

    listForSubscription: (subscriptionId, page) =>
      queryPage(db, { tableName, partition: { PK: keys.backup(subscriptionId, '').PK }, sortKey: { beginsWith: keys.backupPrefix }, descending: true }, page, backupOf),

    listAll({ limit, cursor, status, userId }) {
      if (status && userId) {
        return queryPage(
          db,
          { tableName, partition: { GSI2PK: keys.backupOfCustomer(userId, '', '').GSI2PK }, descending: true, filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': status } } },
          { limit, cursor },
          backupOf,
        );
      }
      return adminPages(status ? [status] : adminOrder, limit, cursor, userId);
    },

    completePart(backup, result, now) {
      const at = now.toISOString();
      return [
        finishPart(backup, { ...backup, status: 'COMPLETED', sizeBytes: result.sizeBytes, sha256: result.sha256, completedAt: at, updatedAt: at }),
        { label: 'backup usage', write: usageUpdate(backup.userId, 1, result.sizeBytes, at) },
      ];
    },

    failPart: (backup, reason, now) => finishPart(backup, { ...backup, status: 'FAILED', failureReason: reason, completedAt: now.toISOString(), updatedAt: now.toISOString() }),

    async commit(parts, events) {
      await commitWithEvents(db, tableName, parts.map((part) => part.write as never), events);
    },

    async delete(backup) {
      if (backup.status === 'RUNNING') throw conflict('The backup is still running; delete it once it has finished.');
      try {
        if (backup.status === 'COMPLETED') {
          await commitWithEvents(
            db,
            tableName,
            [
              { Delete: { TableName: tableName, Key: keys.backup(backup.subscriptionId, backup.id), ConditionExpression: '#status = :completed', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':completed': 'COMPLETED' } } },
              usageUpdate(backup.userId, -1, -(backup.sizeBytes ?? 0), new Date().toISOString()),
            ],
            [],
          );
        } else {
          await db.send(new DeleteCommand({ TableName: tableName, Key: keys.backup(backup.subscriptionId, backup.id), ConditionExpression: '#status = :failed', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':failed': 'FAILED' } }));
        }
      } catch (error) {
        if (isConditionFailure(error)) throw conflict('The backup changed or was deleted meanwhile; read it again.');
        throw error;
      }
    },

    async usageOf(userId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.backupUsage(userId) }));
      return { count: Number(Item?.count ?? 0), sizeBytes: Number(Item?.sizeBytes ?? 0) };
    },
  };
};

