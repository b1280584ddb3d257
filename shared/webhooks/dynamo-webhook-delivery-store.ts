import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { failedConditionIndexes, isConditionFailure, isTransactionConflict } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import type { AttemptClaim, DeliveryOrder, StoredDelivery, WebhookDeliveryStore } from './webhook-delivery-store';

/** Fan-outs racing for one endpoint's counter each read again; this many rounds is far beyond any real race. */
const MAX_ASSIGN_ROUNDS = 20;

const orderOf = (item: Record<string, unknown>): DeliveryOrder => ({
  sequence: Number(item.sequence),
  ...(item.previousEventId ? { previousEventId: String(item.previousEventId) } : {}),
});

/**
 * The write that ends a claim (WebhookDeliveryStore.endClaim), also sent in one transaction with the attempt's
 * log entry (dynamo-delivery-attempt-store.ts). Its condition fails when there is nothing to end: the record
 * has aged out, or (a release) another message holds it now.
 */
export const endClaimUpdate = (tableName: string, claim: { endpointId: string; deliveryId: string; holder: string; outcome: 'delivered' | 'released'; now: Date }) => {
  const delivered = claim.outcome === 'delivered';
  return {
    TableName: tableName,
    Key: keys.webhookDelivery(claim.endpointId, claim.deliveryId),
    UpdateExpression: `SET #updatedAt = :at${delivered ? ', #deliveredAt = :at' : ''} REMOVE #holder, #heldUntil`,
    // Delivered is delivered, whoever held it; a release only undoes the caller's own claim.
    ConditionExpression: delivered ? 'attribute_exists(PK)' : '#holder = :holder',
    ExpressionAttributeNames: { '#updatedAt': 'updatedAt', '#holder': 'holder', '#heldUntil': 'heldUntil', ...(delivered ? { '#deliveredAt': 'deliveredAt' } : {}) },
    ExpressionAttributeValues: { ':at': claim.now.toISOString(), ...(delivered ? {} : { ':holder': claim.holder }) },
  };
};

export const dynamoWebhookDeliveryStore = (db: DynamoDBDocumentClient, tableName: string, options: { retentionDays: number }): WebhookDeliveryStore => {
  const read = async (key: Record<string, string>) => (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;

  return {
    /**
     * One consistent GetItem of the counter, then one transaction: the delivery record, created only if absent
     * (a redelivered fan-out meets it and answers the order it holds), and the counter moved from the number
     * read to the next, only if still there. Losing a race for the counter reads it again.
     */
    async assign(endpointId, event, now) {
      const at = now.toISOString();
      for (let round = 1; ; round++) {
        const counter = await read(keys.webhookSequence(endpointId));
        const last = counter ? Number(counter.sequence) : 0;
        const order: DeliveryOrder = { sequence: last + 1, ...(counter?.lastEventId ? { previousEventId: String(counter.lastEventId) } : {}) };
        const record = {
          ...keys.webhookDelivery(endpointId, event.id),
          type: entityTypes.webhookDelivery,
          schemaVersion: 1,
          endpointId,
          deliveryId: event.id,
          // As JSON text: a map would come back with its keys reordered, and a retry must send the same bytes.
          event: JSON.stringify(event),
          ...order,
          attempts: 0,
          createdAt: at,
          updatedAt: at,
          expiresAt: Math.floor(now.getTime() / 1000) + options.retentionDays * 24 * 3600,
        };
        const moveCounter = counter
          ? {
              Update: {
                TableName: tableName,
                Key: keys.webhookSequence(endpointId),
                UpdateExpression: 'SET #sequence = :next, #lastEventId = :event, #updatedAt = :at',
                ConditionExpression: '#sequence = :last',
                ExpressionAttributeNames: { '#sequence': 'sequence', '#lastEventId': 'lastEventId', '#updatedAt': 'updatedAt' },
                ExpressionAttributeValues: { ':next': last + 1, ':last': last, ':event': event.id, ':at': at },
              },
            }
          : {
              Put: {
                TableName: tableName,
                Item: { ...keys.webhookSequence(endpointId), type: entityTypes.webhookSequence, schemaVersion: 1, endpointId, sequence: 1, lastEventId: event.id, createdAt: at, updatedAt: at },
                ...createCondition,
              },
            };
        try {
          await db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: tableName, Item: record, ...createCondition } }, moveCounter] }));
          return order;
        } catch (error) {
          const failed = failedConditionIndexes(error);
          if (failed.includes(0)) {
            const existing = await read(keys.webhookDelivery(endpointId, event.id));
            if (existing) return orderOf(existing);
          }
          if (!(failed.includes(1) || isTransactionConflict(error)) || round >= MAX_ASSIGN_ROUNDS) throw error;
          // Another event to this endpoint took the number: a short, jittered pause, then read the counter again.
          await sleep(Math.floor(Math.random() * 10 * round));
        }
      }
    },

    async get(endpointId, deliveryId) {
      const item = await read(keys.webhookDelivery(endpointId, deliveryId));
      if (!item) return undefined;
      const delivery: StoredDelivery = {
        endpointId,
        deliveryId,
        event: JSON.parse(String(item.event)) as StoredDelivery['event'],
        ...orderOf(item),
        attempts: Number(item.attempts ?? 0),
      };
      return delivery;
    },

    async countAttempt(endpointId, deliveryId, now) {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.webhookDelivery(endpointId, deliveryId),
            UpdateExpression: 'ADD #attempts :one SET #updatedAt = :at',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#attempts': 'attempts', '#updatedAt': 'updatedAt' },
            ExpressionAttributeValues: { ':one': 1, ':at': now.toISOString() },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return Number(Attributes?.attempts);
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    /**
     * One conditional UpdateItem, which is also the attempt's count: taken when the delivery is not done and
     * nobody else holds it (or their hold has lapsed), or by its holder's next receive. Only a refusal reads
     * the record, to say why.
     */
    async claimAttempt(endpointId, deliveryId, { holder, receive, now, holdSeconds }): Promise<AttemptClaim> {
      const nowSeconds = Math.floor(now.getTime() / 1000);
      // Unique to this call, so the SDK sending this very request again is told from another copy of the
      // same message (SQS may hand one message out twice, side by side, with the same receive count).
      const claimId = `${holder}#${receive}#${randomUUID()}`;
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.webhookDelivery(endpointId, deliveryId),
            UpdateExpression: 'ADD #attempts :one SET #updatedAt = :at, #holder = :holder, #heldUntil = :until, #claimId = :claimId, #receive = :receive',
            ConditionExpression:
              'attribute_exists(PK) AND attribute_not_exists(#deliveredAt) AND (attribute_not_exists(#holder) OR #heldUntil < :now OR (#holder = :holder AND (attribute_not_exists(#receive) OR #receive < :receive)))',
            ExpressionAttributeNames: {
              '#attempts': 'attempts',
              '#updatedAt': 'updatedAt',
              '#holder': 'holder',
              '#heldUntil': 'heldUntil',
              '#deliveredAt': 'deliveredAt',
              '#claimId': 'claimId',
              '#receive': 'heldReceive',
            },
            ExpressionAttributeValues: { ':one': 1, ':at': now.toISOString(), ':holder': holder, ':until': nowSeconds + holdSeconds, ':now': nowSeconds, ':claimId': claimId, ':receive': receive },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return { kind: 'claimed', attempt: Number(Attributes?.attempts) };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const item = await read(keys.webhookDelivery(endpointId, deliveryId));
        if (!item) return { kind: 'missing' };
        if (item.deliveredAt) return { kind: 'delivered' };
        // This very claim landed already (the SDK retried it after a lost answer): it stands, counted once.
        return item.claimId === claimId ? { kind: 'claimed', attempt: Number(item.attempts) } : { kind: 'held-elsewhere' };
      }
    },

    async endClaim(endpointId, deliveryId, holder, outcome, now) {
      try {
        await db.send(new UpdateCommand(endClaimUpdate(tableName, { endpointId, deliveryId, holder, outcome, now })));
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
};
