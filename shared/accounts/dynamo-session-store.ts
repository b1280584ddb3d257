import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import type { Session, SessionStore } from './session-store';

const BATCH_WRITE_LIMIT = 25;

/** Sessions live under their account (`USER#<id>`, `SESSION#<id>`), so one query finds them all. */
export const dynamoSessionStore = (db: DocumentClient, tableName: string): SessionStore => ({
    async create(session) {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.session(session.userId, session.sessionId), type: entityTypes.session, ...session },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    },

    async get(userId, sessionId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.session(userId, sessionId), ConsistentRead: true }));
      if (!Item || Number(Item.expiresAt) * 1000 < Date.now()) return undefined;
      return {
        userId,
        sessionId,
        tokenHash: String(Item.tokenHash),
        createdAt: String(Item.createdAt),
        lastUsedAt: String(Item.lastUsedAt),
        expiresAt: Number(Item.expiresAt),
      };
    },

    async rotate(session, newHash, now, expiresAt) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.session(session.userId, session.sessionId),
            UpdateExpression: 'SET tokenHash = :new, lastUsedAt = :now, expiresAt = :expiresAt',
            ConditionExpression: 'tokenHash = :current',
            ExpressionAttributeValues: { ':new': newHash, ':current': session.tokenHash, ':now': now, ':expiresAt': expiresAt },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async revoke(userId, sessionId) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: keys.session(userId, sessionId) }));
    },

    async revokeAll(userId, keep) {
      const sessions = await queryAllItems(db, {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.user(userId).PK, ':prefix': keys.sessionPrefix },
        ProjectionExpression: 'PK, SK',
      });
      const kept = keep === undefined ? undefined : keys.session(userId, keep).SK;
      const doomed = sessions.filter((item) => item.SK !== kept).map((item) => ({ PK: item.PK, SK: item.SK }));
      for (let i = 0; i < doomed.length; i += BATCH_WRITE_LIMIT) {
        let requests = doomed.slice(i, i + BATCH_WRITE_LIMIT).map((Key) => ({ DeleteRequest: { Key } }));
        // BatchWrite may hand back what it could not do under load; retry that part until done.
        for (let attempt = 0; requests.length && attempt < 5; attempt++) {
          const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
      return doomed.length;
    },
});

