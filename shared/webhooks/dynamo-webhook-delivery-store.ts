import { GetCommand, TransactWriteCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { randomUUID } from 'node:crypto';
import { failedConditionIndexes, isConditionFailure, isTransactionConflict } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import type { DeliveryMessage } from './delivery-message';
import type { AttemptClaim, DeliveryOrder, StoredDelivery, WebhookDeliveryStore } from './webhook-delivery-store';

/** Fan-outs racing for one endpoint's counter each read again; this many rounds is far beyond any real race. */
const MAX_ASSIGN_ROUNDS = 20;
/** TransactWriteItems' limit of items per request. */
const MAX_TRANSACTION_ITEMS = 100;

type AssignEntry = { endpointId: string; event: DeliveryMessage['event'] };

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
   * Each endpoint's counter as this container last wrote or saw it (a consistent GetItem the first time): the
   * next event's number is usually the one after it. Only a guess: the transaction's condition is what keeps
   * numbers unique and gapless.
   */
  const knownCounters = new Map<string, Counter>();

  /**
   * Numbers `entries` (in their order) in one transaction: each delivery record, created only if absent, and
   * each endpoint's counter moved from the last number known to its last new one, only if still there.
   * A record already there (a redelivered fan-out) answers the order it holds and is left out of the next
   * round; a counter refused (stale, or another fan-out took the number) hands itself back (ALL_OLD) and the
   * round is numbered again from it.
   */
  const assignChunk = async (entries: readonly AssignEntry[], now: Date): Promise<DeliveryOrder[]> => {
    const at = now.toISOString();
    const orders: (DeliveryOrder | undefined)[] = entries.map(() => undefined);
    const endpointIds = [...new Set(entries.map((entry) => entry.endpointId))];
    for (const endpointId of endpointIds) if (!knownCounters.has(endpointId)) knownCounters.set(endpointId, counterOf(await read(keys.webhookSequence(endpointId))));
    for (let round = 1; ; round++) {
      const open = entries.flatMap((entry, index) => (orders[index] ? [] : [{ entry, index }]));
      if (!open.length) return orders as DeliveryOrder[];
      // Each endpoint's open entries take its next numbers, one after another in the entries' order.
      const next = new Map(endpointIds.map((id) => [id, knownCounters.get(id)]));
      const numbered = open.map(({ entry, index }) => {
        const counter = next.get(entry.endpointId);
        const order: DeliveryOrder = { sequence: (counter?.sequence ?? 0) + 1, ...(counter?.lastEventId ? { previousEventId: counter.lastEventId } : {}) };
        next.set(entry.endpointId, { sequence: order.sequence, lastEventId: entry.event.id });
        return { entry, index, order };
      });
      const moved = endpointIds.filter((id) => next.get(id) !== knownCounters.get(id));
      const puts = numbered.map(({ entry, order }) => ({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.webhookDelivery(entry.endpointId, entry.event.id),
            type: entityTypes.webhookDelivery,
            schemaVersion: 1,
            endpointId: entry.endpointId,
            deliveryId: entry.event.id,
            // As JSON text: a map would come back with its keys reordered, and a retry must send the same bytes.
            event: JSON.stringify(entry.event),
            ...order,
            attempts: 0,
            createdAt: at,
            updatedAt: at,
            expiresAt: Math.floor(now.getTime() / 1000) + options.retentionDays * 24 * 3600,
          },
          ...createCondition,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
        },
      }));
      const counters = moved.map((endpointId) => {
        const known = knownCounters.get(endpointId);
        const last = next.get(endpointId)!;
        return known
          ? {
              Update: {
                TableName: tableName,
                Key: keys.webhookSequence(endpointId),
                UpdateExpression: 'SET #sequence = :next, #lastEventId = :event, #updatedAt = :at',
                ConditionExpression: '#sequence = :last',
                ExpressionAttributeNames: { '#sequence': 'sequence', '#lastEventId': 'lastEventId', '#updatedAt': 'updatedAt' },
                ExpressionAttributeValues: { ':next': last.sequence, ':last': known.sequence, ':event': last.lastEventId, ':at': at },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            }
          : {
              Put: {
                TableName: tableName,
                Item: { ...keys.webhookSequence(endpointId), type: entityTypes.webhookSequence, schemaVersion: 1, endpointId, sequence: last.sequence, lastEventId: last.lastEventId, createdAt: at, updatedAt: at },
                ...createCondition,
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            };
      });
      try {
        await db.send(new TransactWriteCommand({ TransactItems: [...puts, ...counters] }));
        for (const id of moved) knownCounters.set(id, next.get(id));
        for (const { index, order } of numbered) orders[index] = order;
      } catch (error) {
        const failed = failedConditionIndexes(error);
        const conflict = isTransactionConflict(error);
        if (!(failed.length || conflict) || round >= MAX_ASSIGN_ROUNDS) throw error;
        // Deliveries numbered before (a redelivered fan-out): the order they hold.
        for (const i of failed.filter((i) => i < puts.length)) {
          const { entry, index } = numbered[i]!;
          const existing = returnedItem(error, i) ?? (await read(keys.webhookDelivery(entry.endpointId, entry.event.id)));
          if (!existing) throw error;
          orders[index] = orderOf(existing);
        }
        // Counters another fan-out moved (or this container knew stale): as they are now.
        const refused = failed.filter((i) => i >= puts.length).map((i) => ({ i, endpointId: moved[i - puts.length]! }));
        for (const { i, endpointId } of refused) {
          const returned = returnedItem(error, i);
          knownCounters.set(endpointId, returned ? counterOf(returned) : counterOf(await read(keys.webhookSequence(endpointId))));
        }
        if (conflict || (refused.length && round > 1)) {
          // A transaction on the same items at the same moment, or a race lost again: a short, jittered pause,
          // then the counters as they are.
          await sleep(Math.floor(Math.random() * 10 * round));
          if (conflict) for (const endpointId of moved) knownCounters.set(endpointId, counterOf(await read(keys.webhookSequence(endpointId))));
        }
      }
    }
  };

  return {
    async assign(endpointId, event, now) {
      return (await assignChunk([{ endpointId, event }], now))[0]!;
    },

    /**
     * Transactions of at most 100 items: chunks of entries in their order, each with its endpoints' counters
     * (an endpoint's numbers stay in order across chunks: each chunk starts from the one before).
     */
    async assignAll(asked, now) {
      // One record per delivery: the same one asked twice (an event twice in a batch) is numbered once.
      const keyOf = (entry: AssignEntry) => `${entry.endpointId} ${entry.event.id}`;
      const entries = [...new Map(asked.map((entry) => [keyOf(entry), entry])).values()];
      const orders: DeliveryOrder[] = [];
      for (let start = 0; start < entries.length; ) {
        let end = start;
        const endpoints = new Set<string>();
        while (end < entries.length && end - start + endpoints.size + (endpoints.has(entries[end]!.endpointId) ? 0 : 1) < MAX_TRANSACTION_ITEMS) endpoints.add(entries[end++]!.endpointId);
        orders.push(...(await assignChunk(entries.slice(start, end), now)));
        start = end;
      }
      const byKey = new Map(entries.map((entry, i) => [keyOf(entry), orders[i]!]));
      return asked.map((entry) => byKey.get(keyOf(entry))!);
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
