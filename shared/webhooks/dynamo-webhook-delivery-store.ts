import { GetCommand, TransactWriteCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { unmarshall } from '@aws-sdk/util-dynamodb';
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

/** An endpoint's sequence counter as the fan-out needs it; undefined while the endpoint has had no event. */
type Counter = { sequence: number; lastEventId?: string } | undefined;
const counterOf = (item: Record<string, unknown> | undefined): Counter =>
  item ? { sequence: Number(item.sequence), ...(item.lastEventId ? { lastEventId: String(item.lastEventId) } : {}) } : undefined;

/** The item a cancelled transaction handed back for its `index`th write (ReturnValuesOnConditionCheckFailure). */
const returnedItem = (error: unknown, index: number): Record<string, unknown> | undefined => {
  const item = (error as { CancellationReasons?: { Item?: Record<string, unknown> }[] }).CancellationReasons?.[index]?.Item;
  return item && Object.keys(item).length ? unmarshall(item as never) : undefined;
};

export const dynamoWebhookDeliveryStore = (db: DocumentClient, tableName: string, options: { retentionDays: number }): WebhookDeliveryStore => {
  const read = async (key: Record<string, string>) => (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  /**
   * Each endpoint's counter as this container last wrote or saw it: the next event's number is usually the
   * one after it. Only a guess: the transaction's condition is what keeps numbers unique and gapless.
   */
  const knownCounters = new Map<string, Counter>();

  return {
    /**
     * One transaction: the delivery record, created only if absent (a redelivered fan-out meets it and answers
     * the order it holds), and the counter moved from the last number known to the next, only if still there.
     * The number known is the one this container last saw (a consistent GetItem the first time): a
     * transaction refused on either item hands the item back (ALL_OLD), so a stale number or a lost race
     * costs one more transaction, not a read and a transaction.
     */
    async assign(endpointId, event, now) {
      const at = now.toISOString();
      const counterKey = keys.webhookSequence(endpointId);
      let counter = knownCounters.has(endpointId) ? knownCounters.get(endpointId) : counterOf(await read(counterKey));
      for (let round = 1; ; round++) {
        const last = counter?.sequence ?? 0;
        const order: DeliveryOrder = { sequence: last + 1, ...(counter?.lastEventId ? { previousEventId: counter.lastEventId } : {}) };
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
                Key: counterKey,
                UpdateExpression: 'SET #sequence = :next, #lastEventId = :event, #updatedAt = :at',
                ConditionExpression: '#sequence = :last',
                ExpressionAttributeNames: { '#sequence': 'sequence', '#lastEventId': 'lastEventId', '#updatedAt': 'updatedAt' },
                ExpressionAttributeValues: { ':next': last + 1, ':last': last, ':event': event.id, ':at': at },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            }
          : {
              Put: {
                TableName: tableName,
                Item: { ...counterKey, type: entityTypes.webhookSequence, schemaVersion: 1, endpointId, sequence: 1, lastEventId: event.id, createdAt: at, updatedAt: at },
                ...createCondition,
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            };
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [{ Put: { TableName: tableName, Item: record, ...createCondition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } }, moveCounter],
            }),
          );
          knownCounters.set(endpointId, { sequence: last + 1, lastEventId: event.id });
          return order;
        } catch (error) {
          const failed = failedConditionIndexes(error);
          if (failed.includes(0)) {
            const existing = returnedItem(error, 0) ?? (await read(keys.webhookDelivery(endpointId, event.id)));
            if (existing) return orderOf(existing);
          }
          if (!(failed.includes(1) || isTransactionConflict(error)) || round >= MAX_ASSIGN_ROUNDS) throw error;
          if (failed.includes(1)) {
            // Another event to this endpoint took the number (or this container's was stale): the counter as it
            // is; a race lost again waits a short, jittered moment first.
            if (round > 1) await sleep(Math.floor(Math.random() * 10 * round));
            const returned = returnedItem(error, 1);
            counter = returned ? counterOf(returned) : counterOf(await read(counterKey));
          } else {
            // A transaction on the same items at the same moment: a short, jittered pause, then read the counter again.
            await sleep(Math.floor(Math.random() * 10 * round));
            counter = counterOf(await read(counterKey));
          }
          knownCounters.set(endpointId, counter);
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
