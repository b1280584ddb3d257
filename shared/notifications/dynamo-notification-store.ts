import { GetCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { decodeCursor } from '../data/cursor';
import { isConditionFailure, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { createCondition } from '../data/versioned-update';
import { notFound, validationError } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import { type EmailState, notificationSchema, type Notification, type NotificationFilter, type StoredNotification } from './notification';
import type { NotificationStore } from './notification-store';

const SCHEMA_VERSION = 1;
const DAY_SECONDS = 24 * 3600;

/** Lists read the public fields only, never the owner's id or the email's progress. */
const publicKeys = Object.keys(notificationSchema.shape);

const publicOf = (item: Record<string, unknown>): Notification =>
  notificationSchema.parse(Object.fromEntries(publicKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

const storedOf = (item: Record<string, unknown>): StoredNotification => ({ ...publicOf(item), userId: String(item.userId), email: item.email as EmailState });

const stateOf = (filter: NotificationFilter) => (filter === 'unread' ? 'UNREAD' : filter === 'read' ? 'READ' : undefined);

export interface NotificationStoreOptions {
  /** How long a notification is kept; its TTL (`expiresAt`) removes it after that. */
  retentionDays: number;
}

export const dynamoNotificationStore = (db: DocumentClient, tableName: string, options: NotificationStoreOptions): NotificationStore => ({
  async create(notification, events) {
    const item = {
      ...keys.notification(notification.userId, notification.id),
      ...keys.notificationListing(notification.userId, notification.status, notification.id),
      type: entityTypes.notification,
      schemaVersion: SCHEMA_VERSION,
      version: 1,
      ...notification,
      updatedAt: notification.createdAt,
      expiresAt: Math.floor(Date.parse(notification.createdAt) / 1000) + options.retentionDays * DAY_SECONDS,
    };
    try {
      // The outbox items have new ids: only the notification's own condition can fail.
      await commitWithEvents(db, tableName, [{ Put: { TableName: tableName, Item: item, ...createCondition } }], events);
      return { created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.notification(notification.userId, notification.id), ConsistentRead: true }));
      return { created: false, existing: Item ? storedOf(Item) : undefined };
    }
  },

  async list(userId, { filter, limit, cursor }) {
    const { GSI1PK: partition } = keys.notificationListing(userId, 'UNREAD', '');
    const state = stateOf(filter);
    const prefix = state && keys.notificationListingPrefix(state);
    const start = decodeCursor(cursor, { GSI1PK: partition });
    // A cursor of another filter's list would start outside this one's key range, which DynamoDB refuses.
    if (start && prefix && !start.GSI1SK?.startsWith(prefix)) throw validationError([{ field: 'query.cursor', message: 'is not a cursor this list issued' }]);
    return queryPage(
      db,
      // `UNREAD#…` sorts after `READ#…`: descending gives unread first, and newest first within each.
      { tableName, partition: { GSI1PK: partition }, sortKey: prefix ? { beginsWith: prefix } : undefined, attributes: publicKeys, descending: true },
      { limit, cursor },
      publicOf,
    );
  },

  async markRead(userId, id, now) {
    await onConditionFailure(
      () =>
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.notification(userId, id),
            // The first read time stays; a repeat only rewrites the same state.
            UpdateExpression: 'SET #status = :read, GSI1SK = :listing, readAt = if_not_exists(readAt, :now), updatedAt = :now, #version = #version + :one',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: { ':read': 'READ', ':listing': keys.notificationListing(userId, 'READ', id).GSI1SK, ':now': now, ':one': 1 },
          }),
        ),
      () => notFound('The notification'),
    );
  },

  async claimEmail(userId, id, now, leaseSeconds) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.notification(userId, id),
          UpdateExpression: 'SET #email = :sending, emailClaimedAt = :now, updatedAt = :now, #version = #version + :one',
          ConditionExpression: '#email = :pending OR (#email = :sending AND emailClaimedAt < :lapsed)',
          ExpressionAttributeNames: { '#email': 'email', '#version': 'version' },
          ExpressionAttributeValues: {
            ':pending': 'PENDING',
            ':sending': 'SENDING',
            ':now': now.toISOString(),
            ':lapsed': new Date(now.getTime() - leaseSeconds * 1000).toISOString(),
            ':one': 1,
          },
        }),
      );
      return true;
    } catch (error) {
      // Held by a concurrent delivery of the same event, settled already, or gone: not this consumer's to send.
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },

  async settleEmail(userId, id, state, now) {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.notification(userId, id),
        UpdateExpression: `SET #email = :state, ${state === 'SENT' ? 'emailSentAt' : 'emailSkippedAt'} = :now, updatedAt = :now, #version = #version + :one`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#email': 'email', '#version': 'version' },
        ExpressionAttributeValues: { ':state': state, ':now': now, ':one': 1 },
      }),
    ).catch((error: unknown) => {
      // Gone (its TTL passed meanwhile): nothing is owed.
      if (!isConditionFailure(error)) throw error;
    });
  },
});
