import { GetCommand, type DocumentClient } from '../aws/dynamodb';
import { CommitPartRejected } from '../data/commit-part';
import { failedConditionIndexes, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { createCondition, versionedUpdate } from '../data/versioned-update';
import { conflict, notFound } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import { EmailTakenError } from './email';
import { userSchema, type StoredUser, type User, type UserStatus } from './user';
import type { UserStore } from './user-store';

/**
 * 2: accounts carry `emailVerified`. An account of version 1 was made before addresses were verified and is
 * read as verified: its customer was never sent a link, and must not lose what they could do.
 */
const SCHEMA_VERSION = 2;

const toItem = (user: StoredUser) => ({
  ...keys.user(user.id),
  ...keys.userListing(user.email, user.status),
  type: entityTypes.user,
  schemaVersion: SCHEMA_VERSION,
  ...user,
});

const fromItem = (item: Record<string, unknown>): StoredUser => ({
  ...userSchema.parse({
    id: item.id,
    email: item.email,
    name: item.name,
    status: item.status,
    emailVerified: item.emailVerified === true || Number(item.schemaVersion ?? 1) < 2,
    ...(typeof item.pendingEmail === 'string' ? { pendingEmail: item.pendingEmail } : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }),
  passwordHash: String(item.passwordHash),
  version: Number(item.version),
});

/** The public view: what leaves the store for a list never carries the hash. */
const publicOf = ({ passwordHash: _hash, version: _version, ...user }: StoredUser): User => user;

export const dynamoUserStore = (db: DocumentClient, tableName: string): UserStore => {
  const statsUpdate = (deltas: Partial<Record<UserStatus, number>>) => {
    const entries = Object.entries(deltas).filter(([, delta]) => delta !== 0);
    return {
      Update: {
        TableName: tableName,
        Key: keys.stats('USERS'),
        UpdateExpression: `SET #type = :type ADD ${entries.map((_, i) => `#s${i} :d${i}`).join(', ')}`,
        ExpressionAttributeNames: { '#type': 'type', ...Object.fromEntries(entries.map(([status], i) => [`#s${i}`, status])) },
        ExpressionAttributeValues: { ':type': entityTypes.stats, ...Object.fromEntries(entries.map(([, delta], i) => [`:d${i}`, delta])) },
      },
    };
  };

  const get = async (userId: string, consistent = false) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.user(userId), ConsistentRead: consistent }));
    return Item ? fromItem(Item) : undefined;
  };

  return {
    async create(user, events) {
      await onConditionFailure(
        () =>
          commitWithEvents(
            db,
            tableName,
            [
              { Put: { TableName: tableName, Item: { ...keys.emailClaim(user.email), type: entityTypes.emailClaim, userId: user.id, createdAt: user.createdAt }, ...createCondition } },
              { Put: { TableName: tableName, Item: toItem(user), ...createCondition } },
              statsUpdate({ [user.status]: 1 }),
            ],
            events,
          ),
        () => new EmailTakenError(),
      );
    },

    get: (userId, options) => get(userId, options?.consistent),

    async findByEmail(email) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.emailClaim(email) }));
      return Item ? get(String(Item.userId)) : undefined;
    },

    async update(current, changes, now, events, parts = []) {
      const status = changes.status ?? current.status;
      const statusChanged = status !== current.status;
      const rejectedPart = (error: unknown) => {
        // The account's update is the first item; the parts follow it.
        const index = failedConditionIndexes(error).find((i) => i >= 1 && i <= parts.length);
        if (index !== undefined) throw new CommitPartRejected(parts[index - 1]!);
        throw error;
      };
      await onConditionFailure(
        () =>
          commitWithEvents(
            db,
            tableName,
            [
              {
                Update: {
                  TableName: tableName,
                  Key: keys.user(current.id),
                  ...versionedUpdate(
                    {
                      name: changes.name,
                      passwordHash: changes.passwordHash,
                      status: changes.status,
                      emailVerified: changes.emailVerified,
                      pendingEmail: changes.pendingEmail ?? undefined,
                      ...(statusChanged ? keys.userListing(current.email, status) : {}),
                    },
                    { now, expectedVersion: current.version, remove: changes.pendingEmail === null ? ['pendingEmail'] : [] },
                  ),
                },
              },
              ...parts.map((part) => part.write as never),
              ...(statusChanged ? [statsUpdate({ [current.status]: -1, [status]: 1 })] : []),
            ],
            events,
          ).catch(rejectedPart),
        () => conflict('The account changed while this request was handled; read it again and retry.'),
      );
      const { pendingEmail, ...others } = changes;
      const updated: StoredUser = { ...current, ...Object.fromEntries(Object.entries(others).filter(([, v]) => v !== undefined)), updatedAt: now, version: current.version + 1 };
      if (pendingEmail === null) delete updated.pendingEmail;
      else if (pendingEmail !== undefined) updated.pendingEmail = pendingEmail;
      return updated;
    },

    async changeEmail(current, now, events, parts) {
      const email = current.pendingEmail;
      if (!email) throw new Error('changeEmail needs an account with a pending address');
      const items = [
        {
          Update: {
            TableName: tableName,
            Key: keys.user(current.id),
            ...versionedUpdate(
              { email, emailVerified: true, ...keys.userListing(email, current.status) },
              { now, expectedVersion: current.version, remove: ['pendingEmail'] },
            ),
          },
        },
        { Put: { TableName: tableName, Item: { ...keys.emailClaim(email), type: entityTypes.emailClaim, userId: current.id, createdAt: now }, ...createCondition } },
        { Delete: { TableName: tableName, Key: keys.emailClaim(current.email) } },
        ...parts.map((part) => part.write as never),
      ];
      try {
        await commitWithEvents(db, tableName, items, events);
      } catch (error) {
        const failed = failedConditionIndexes(error);
        if (failed.includes(1)) throw new EmailTakenError();
        const part = failed.find((i) => i >= 3 && i < 3 + parts.length);
        if (part !== undefined) throw new CommitPartRejected(parts[part - 3]!);
        if (failed.length) throw conflict('The account changed while this request was handled; read it again and retry.');
        throw error;
      }
      const { pendingEmail: _done, ...rest } = current;
      return { ...rest, email, emailVerified: true, updatedAt: now, version: current.version + 1 };
    },

    async delete(current, events) {
      await onConditionFailure(
        () =>
          commitWithEvents(
            db,
            tableName,
            [
              { Delete: { TableName: tableName, Key: keys.user(current.id), ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': current.version } } },
              { Delete: { TableName: tableName, Key: keys.emailClaim(current.email) } },
              statsUpdate({ [current.status]: -1 }),
            ],
            events,
          ),
        () => notFound('The account'),
      );
    },

    list: ({ limit, cursor, emailPrefix, status }) =>
      queryPage(
        db,
        {
          tableName,
          // GSI1 holds every account, GSI2 a partition per status; both sort by email, so a prefix is a key condition.
          partition: status ? { GSI2PK: keys.userListing('', status).GSI2PK } : { GSI1PK: keys.userListing('', '').GSI1PK },
          sortKey: emailPrefix ? { beginsWith: emailPrefix } : undefined,
        },
        { limit, cursor },
        (item) => publicOf(fromItem(item)),
      ),

    async countByStatus() {
      const { Item: item = {} } = await db.send(new GetCommand({ TableName: tableName, Key: keys.stats('USERS') }));
      return { ACTIVE: Number(item.ACTIVE ?? 0), DISABLED: Number(item.DISABLED ?? 0) };
    },
  };
};
