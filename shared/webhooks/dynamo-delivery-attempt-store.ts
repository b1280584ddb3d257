import { PutCommand, TransactWriteCommand, type DocumentClient } from '../aws/dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { monotonicFactory } from 'ulid';
import { failedConditionIndexes, transactionConflictIndexes } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { createCondition } from '../data/versioned-update';
import { capExcerpt, deliveryAttemptSchema, type DeliveryAttempt } from './delivery-attempt';
import type { DeliveryAttemptStore } from './delivery-attempt-store';
import { healthUpdate } from './dynamo-endpoint-health-store';
import { endClaimUpdate } from './dynamo-webhook-delivery-store';

/** A transaction meeting another write on its items (a copy's claim on the record) is sent again, briefly. */
const MAX_CONFLICT_ROUNDS = 4;

const publicKeys = Object.keys(deliveryAttemptSchema.shape);
const attemptOf = (item: Record<string, unknown>): DeliveryAttempt =>
  deliveryAttemptSchema.parse(Object.fromEntries(publicKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

export const dynamoDeliveryAttemptStore = (db: DocumentClient, tableName: string, options: { retentionDays: number }): DeliveryAttemptStore => {
  // Attempt ids are ULIDs of the attempt's time, monotonic within this process, so the sort key orders the
  // log by time even for attempts recorded in the same millisecond.
  const nextId = monotonicFactory();
  return {
    async recordAttempt(input, also = {}) {
      const atMs = Date.parse(input.at);
      const attempt = deliveryAttemptSchema.parse({
        id: nextId(atMs),
        deliveryId: input.deliveryId,
        eventId: input.eventId,
        eventType: input.eventType,
        attempt: input.attempt,
        statusCode: input.statusCode,
        error: input.error,
        durationMs: Math.max(0, Math.round(input.durationMs)),
        responseExcerpt: input.responseBody === undefined ? undefined : capExcerpt(input.responseBody),
        nextRetryAt: input.nextRetryAt,
        at: input.at,
      });
      const put = {
        TableName: tableName,
        Item: {
          ...keys.webhookAttempt(input.endpointId, attempt.id),
          type: entityTypes.webhookAttempt,
          schemaVersion: 1,
          endpointId: input.endpointId,
          ...attempt,
          createdAt: attempt.at,
          expiresAt: Math.floor(atMs / 1000) + options.retentionDays * 24 * 3600,
        },
        ...createCondition,
      };
      // The log entry and what goes with it in one request: the delivery's last write.
      const now = new Date(atMs);
      let parts = [
        { Put: put },
        ...(also.endClaim ? [{ Update: endClaimUpdate(tableName, { endpointId: input.endpointId, deliveryId: input.deliveryId, ...also.endClaim, now }), optional: 'claim' }] : []),
        ...(also.touch ? [{ Update: healthUpdate(tableName, also.touch, input.endpointId, { kind: 'touch' }, now), optional: 'touch' }] : []),
      ];
      for (let round = 1; ; round++) {
        try {
          if (parts.length === 1) await db.send(new PutCommand(put));
          else await db.send(new TransactWriteCommand({ TransactItems: parts.map(({ optional: _, ...item }) => item) }));
          return attempt;
        } catch (error) {
          const failed = failedConditionIndexes(error);
          const conflicts = transactionConflictIndexes(error);
          // A claim with nothing to end, a touch the endpoint refuses or another delivery is making: left out.
          const dropped = parts.filter((part, i) => part.optional && (failed.includes(i) || (part.optional === 'touch' && conflicts.includes(i))));
          if (dropped.length) parts = parts.filter((part) => !dropped.includes(part));
          else if (!conflicts.length || round >= MAX_CONFLICT_ROUNDS) throw error;
          else await sleep(Math.floor(Math.random() * 10 * round));
        }
      }
    },

    listForEndpoint: (endpointId, page) =>
      queryPage(db, { tableName, partition: { PK: keys.webhookAttempt(endpointId, '').PK }, sortKey: { beginsWith: keys.webhookAttemptPrefix }, descending: true }, page, attemptOf),
  };
};
