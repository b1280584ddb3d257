import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulid';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { createCondition } from '../data/versioned-update';
import { capExcerpt, deliveryAttemptSchema, type DeliveryAttempt } from './delivery-attempt';
import type { DeliveryAttemptStore } from './delivery-attempt-store';

const publicKeys = Object.keys(deliveryAttemptSchema.shape);
const attemptOf = (item: Record<string, unknown>): DeliveryAttempt =>
  deliveryAttemptSchema.parse(Object.fromEntries(publicKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

export const dynamoDeliveryAttemptStore = (db: DynamoDBDocumentClient, tableName: string, options: { retentionDays: number }): DeliveryAttemptStore => {
  // Attempt ids are ULIDs of the attempt's time, monotonic within this process, so the sort key orders the
  // log by time even for attempts recorded in the same millisecond.
  const nextId = monotonicFactory();
  return {
    async recordAttempt(input) {
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
      await db.send(
        new PutCommand({
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
        }),
      );
      return attempt;
    },

    listForEndpoint: (endpointId, page) =>
      queryPage(db, { tableName, partition: { PK: keys.webhookAttempt(endpointId, '').PK }, sortKey: { beginsWith: keys.webhookAttemptPrefix }, descending: true }, page, attemptOf),
  };
};
