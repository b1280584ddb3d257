import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { conflict } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import type { TotpStore } from './totp-store';

/** A pending enrolment nobody confirms ages out after a day (TTL). */
const PENDING_SECONDS = 24 * 3600;

/** Runs a conditional write: true when it applied, false when its condition failed. */
const applied = async (write: () => Promise<unknown>) => {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
};

/**
 * The enrolment item `USER#<id>`/`MFA#TOTP`. Its secret is stored retrievable, because every code is checked
 * against it, as the webhook signing secrets are (shared/webhooks/webhook-secret.ts): the table is encrypted
 * at rest, the API shows the secret only in the answer to the enrolment, and it is never logged. Recovery
 * codes are a string set of their hashes; spending one is a DELETE from the set on the condition it holds it.
 */
export const dynamoTotpStore = (db: DocumentClient, tableName: string): TotpStore => {
  const key = (userId: string) => keys.totp(userId);
  return {
    async get(userId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key(userId), ConsistentRead: true }));
      if (!Item) return undefined;
      return {
        userId,
        status: Item.status === 'ENABLED' ? 'ENABLED' : 'PENDING',
        secret: String(Item.secret),
        lastStep: typeof Item.lastStep === 'number' ? Item.lastStep : undefined,
        recoveryCodeHashes: Item.recoveryCodes ? [...(Item.recoveryCodes as Set<string>)] : [],
      };
    },

    async putPending(userId, secret, now) {
      const written = await applied(() =>
        db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...key(userId), type: entityTypes.totp, status: 'PENDING', secret, createdAt: now, expiresAt: Math.floor(Date.parse(now) / 1000) + PENDING_SECONDS },
            ConditionExpression: 'attribute_not_exists(PK) OR #status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'PENDING' },
          }),
        ),
      );
      if (!written) throw conflict('Two-factor sign-in is already on; turn it off first to enrol another authenticator.');
    },

    enable: (userId, step, recoveryCodeHashes, now, events) =>
      applied(() =>
        commitWithEvents(
          db,
          tableName,
          [
            {
              Update: {
                TableName: tableName,
                Key: key(userId),
                UpdateExpression: 'SET #status = :enabled, lastStep = :step, recoveryCodes = :codes, enabledAt = :now REMOVE expiresAt',
                ConditionExpression: '#status = :pending AND (attribute_not_exists(lastStep) OR lastStep < :step)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':enabled': 'ENABLED', ':pending': 'PENDING', ':step': step, ':codes': new Set(recoveryCodeHashes), ':now': now },
              },
            },
          ],
          events,
        ),
      ),

    useStep: (userId, step, now) =>
      applied(() =>
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(userId),
            UpdateExpression: 'SET lastStep = :step, lastUsedAt = :now',
            ConditionExpression: '#status = :enabled AND (attribute_not_exists(lastStep) OR lastStep < :step)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':enabled': 'ENABLED', ':step': step, ':now': now },
          }),
        ),
      ),

    useRecoveryCode: (userId, codeHash, now) =>
      applied(() =>
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(userId),
            UpdateExpression: 'DELETE recoveryCodes :spent SET lastUsedAt = :now',
            ConditionExpression: '#status = :enabled AND contains(recoveryCodes, :code)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':enabled': 'ENABLED', ':spent': new Set([codeHash]), ':code': codeHash, ':now': now },
          }),
        ),
      ),

    disable: (userId, confirmation, events) =>
      applied(() =>
        commitWithEvents(
          db,
          tableName,
          [
            {
              Delete: {
                TableName: tableName,
                Key: key(userId),
                ...('step' in confirmation
                  ? {
                      ConditionExpression: '#status = :enabled AND (attribute_not_exists(lastStep) OR lastStep < :step)',
                      ExpressionAttributeValues: { ':enabled': 'ENABLED', ':step': confirmation.step },
                    }
                  : {
                      ConditionExpression: '#status = :enabled AND contains(recoveryCodes, :code)',
                      ExpressionAttributeValues: { ':enabled': 'ENABLED', ':code': confirmation.recoveryCodeHash },
                    }),
                ExpressionAttributeNames: { '#status': 'status' },
              },
            },
          ],
          events,
        ),
      ),

    async createChallenge(challenge) {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.mfaChallenge(challenge.userId, challenge.id), type: entityTypes.mfaChallenge, ...challenge },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    },

    async getChallenge(userId, id) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.mfaChallenge(userId, id), ConsistentRead: true }));
      return Item ? { userId, id, secretHash: String(Item.secretHash), expiresAt: Number(Item.expiresAt) } : undefined;
    },

    consumeChallenge: (userId, id) =>
      applied(() => db.send(new DeleteCommand({ TableName: tableName, Key: keys.mfaChallenge(userId, id), ConditionExpression: 'attribute_exists(PK)' }))),

    async deleteAllOfUser(userId) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: key(userId) }));
    },
  };
};
