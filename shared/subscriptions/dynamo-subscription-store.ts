import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CommitPartRejected, type CommitPart } from '../data/commit-part';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage, type PageRequest } from '../data/query-page';
import { createCondition, versionedUpdate } from '../data/versioned-update';
import { conflict } from '../errors/app-error';
import { commitWithEvents, outboxPut } from '../events/outbox';
import { instanceSchema, subscriptionSchema, type Instance, type Subscription } from './subscription';
import { duePhaseOf } from './expiry';
import type { SubscriptionStore } from './subscription-store';
import { readSubscriptionCounts, subscriptionCountUpdate } from './dynamo-subscription-counts';
import { isUnsettled, unsettledEntryAfter } from './unsettled-instances';

/** An Idempotency-Key is remembered for a day, as Stripe does. */
const IDEMPOTENCY_SECONDS = 24 * 3600;
/** The customer sees the last steps of the workflow; older ones are dropped. */
const KEPT_STEPS = 20;

const pick = <T extends Record<string, unknown>>(item: Record<string, unknown>, schemaKeys: string[]) =>
  Object.fromEntries(schemaKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])) as T;

const subscriptionKeys = Object.keys(subscriptionSchema.shape);
const instanceKeys = Object.keys(instanceSchema.shape);
const subscriptionOf = (item: Record<string, unknown>) => subscriptionSchema.parse(pick(item, subscriptionKeys));
const instanceOf = (item: Record<string, unknown>) => {
  const parsed = instanceSchema.parse(pick(item, instanceKeys));
  return { ...parsed, steps: parsed.steps.slice(-KEPT_STEPS) };
};
const versionOf = (item: Record<string, unknown> | undefined) => Number(item?.version ?? 0);

/**
 * Why a move's transaction failed: a part another store added (a ledger entry) whose own condition failed
 * means "already done" and wins; any other failed condition is the state having changed meanwhile.
 */
const moveFailure = (error: unknown, parts: readonly CommitPart[], conflictMessage: string): never => {
  const rejected = failedConditionIndexes(error).find((index) => index >= 1 && index <= parts.length);
  if (rejected !== undefined) throw new CommitPartRejected(parts[rejected - 1]!);
  if (isConditionFailure(error)) throw conflict(conflictMessage);
  throw error;
};

export const dynamoSubscriptionStore = (db: DynamoDBDocumentClient, tableName: string): SubscriptionStore => {
  /** Versions are not part of the API shape, so the store remembers what it read. */
  const versions = new WeakMap<object, number>();
  const remember = <T extends object>(value: T, version: number) => {
    versions.set(value, version);
    return value;
  };

  const readSubscription = async (userId: string, subscriptionId: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.subscription(userId, subscriptionId), ConsistentRead: true }));
    return Item ? remember(subscriptionOf(Item), versionOf(Item)) : undefined;
  };

  const readInstance = async (instanceId: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.instance(instanceId), ConsistentRead: true }));
    return Item ? remember(instanceOf(Item), versionOf(Item)) : undefined;
  };

  /** One page of a sparse GSI2 partition whose sort keys start with a date, up to and including `until`. */
  const queryDatedUntil = <T>(partition: string, until: string, page: PageRequest, map: (item: Record<string, unknown>) => T) =>
    // `~` sorts after every id character, so everything dated `until` itself is in.
    queryPage(db, { tableName, partition: { GSI2PK: partition }, sortKey: { atMost: `${until}~` } }, page, map);

  /** A lifecycle move: only from the state it was read in (and version, when known), with its events. */
  const moveState = (
    key: Record<string, string>,
    from: string,
    to: string,
    changes: Record<string, unknown>,
    events: Parameters<SubscriptionStore['transitionInstance']>[3],
    now: string,
    expectedVersion: number | undefined,
    conflictMessage: string,
    remove: string[] = [],
    parts: readonly CommitPart[] = [],
  ) =>
    commitWithEvents(
      db,
      tableName,
      [
        {
          Update: {
            TableName: tableName,
            Key: key,
            ...versionedUpdate({ ...changes, updatedAt: undefined, status: to }, {
              now,
              expectedVersion,
              condition: { expression: '#status = :from', names: { '#status': 'status' }, values: { ':from': from } },
              remove,
            }),
          },
        },
        ...parts.map((part) => part.write as NonNullable<Parameters<typeof commitWithEvents>[2]>[number]),
      ],
      events,
    ).catch((error: unknown) => moveFailure(error, parts, conflictMessage));

  return {
    async create(subscription, instance, events, idempotency) {
      const now = subscription.createdAt;
      const items = [
        ...(idempotency
          ? [
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.idempotencyKey(subscription.userId, idempotency.key),
                    type: entityTypes.idempotencyKey,
                    requestHash: idempotency.requestHash,
                    subscriptionId: subscription.id,
                    createdAt: now,
                    expiresAt: Math.floor(Date.parse(now) / 1000) + IDEMPOTENCY_SECONDS,
                  },
                  // An expired record (TTL deletion is lazy) no longer counts.
                  ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :nowSeconds',
                  ExpressionAttributeValues: { ':nowSeconds': Math.floor(Date.parse(now) / 1000) },
                },
              },
            ]
          : []),
        {
          Put: {
            TableName: tableName,
            Item: { ...keys.subscription(subscription.userId, subscription.id), ...keys.subscriptionListing(now, subscription.id), type: entityTypes.subscription, schemaVersion: 1, version: 1, ...subscription },
            ...createCondition,
          },
        },
        { Put: { TableName: tableName, Item: { ...keys.subscriptionOwner(subscription.id), type: entityTypes.subscriptionOwner, userId: subscription.userId }, ...createCondition } },
        {
          Put: {
            TableName: tableName,
            // A new instance starts PROVISIONING: the cleanup index dates it from its creation.
            Item: {
              ...keys.instance(instance.id),
              ...(isUnsettled(instance.status) ? keys.instanceUnsettled(instance.status, instance.createdAt, instance.id) : {}),
              type: entityTypes.instance,
              schemaVersion: 1,
              version: 1,
              ...instance,
            },
            ...createCondition,
          },
        },
        ...subscriptionCountUpdate(tableName, subscription.id, { [subscription.status]: 1 }),
        ...events.map((event) => outboxPut(tableName, event)),
      ];
      try {
        await db.send(new TransactWriteCommand({ TransactItems: items }));
        return { kind: 'created' };
      } catch (error) {
        if (!idempotency || !failedConditionIndexes(error).includes(0)) throw error;
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.idempotencyKey(subscription.userId, idempotency.key), ConsistentRead: true }));
        if (!Item) throw error;
        return Item.requestHash === idempotency.requestHash ? { kind: 'replayed', subscriptionId: String(Item.subscriptionId) } : { kind: 'key-reused' };
      }
    },

    get: readSubscription,

    async getAny(subscriptionId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.subscriptionOwner(subscriptionId) }));
      return Item ? readSubscription(String(Item.userId), subscriptionId) : undefined;
    },

    listForUser: (userId, page) =>
      queryPage(db, { tableName, partition: { PK: keys.user(userId).PK }, sortKey: { beginsWith: keys.subscriptionPrefix }, descending: true }, page, subscriptionOf),

    listAll({ limit, cursor, status, serviceSlug, userId }) {
      const filters: string[] = [];
      const values: Record<string, unknown> = {};
      if (status) (filters.push('#status = :status'), (values[':status'] = status));
      if (serviceSlug) (filters.push('serviceSlug = :service'), (values[':service'] = serviceSlug));
      if (userId) (filters.push('userId = :user'), (values[':user'] = userId));
      return queryPage(
        db,
        {
          tableName,
          partition: { GSI1PK: keys.subscriptionListing('', '').GSI1PK },
          filter: filters.length ? { expression: filters.join(' AND '), names: status ? { '#status': 'status' } : undefined, values } : undefined,
          descending: true,
        },
        { limit, cursor },
        subscriptionOf,
      );
    },

    getInstance: readInstance,

    /**
     * A field given as undefined is removed (a resumed subscription has no suspension reason); the due
     * index entry follows the state the subscription moves to, in the same write.
     */
    async transitionSubscription(current, to, changes, events, parts) {
      const now = changes.updatedAt ?? new Date().toISOString();
      const after = { ...current, ...changes, status: to, updatedAt: now };
      const cleared = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] === undefined && key !== 'updatedAt');
      const due = duePhaseOf(after);
      const dueFields = due ? keys.subscriptionDue(due.phase, due.at, current.id) : {};
      await moveState(
        keys.subscription(current.userId, current.id),
        current.status,
        to,
        { ...changes, ...dueFields },
        events,
        now,
        versions.get(current),
        `The subscription changed while this request was handled (it was ${current.status}); read it again.`,
        [...cleared, ...(due ? [] : ['GSI2PK', 'GSI2SK'])],
        // The state counters move with the state, after the other stores' parts (which keep their positions).
        [...(parts ?? []), ...subscriptionCountUpdate(tableName, current.id, current.status === to ? {} : { [current.status]: -1, [to]: 1 }).map((write) => ({ label: 'subscription counts', write }))],
      );
      return remember(subscriptionSchema.parse(pick(after, subscriptionKeys)), (versions.get(current) ?? 0) + 1);
    },

    countByState: () => readSubscriptionCounts(db, tableName),

    listDue: (phase, until, page) => queryDatedUntil(keys.subscriptionDue(phase, '', '').GSI2PK, until, page, (item) => remember(subscriptionOf(item), versionOf(item))),

    async transitionInstance(current, to, changes, events) {
      const now = changes.updatedAt ?? new Date().toISOString();
      const entry = unsettledEntryAfter(current.status, to, now);
      const indexFields = typeof entry === 'object' ? keys.instanceUnsettled(entry.state, entry.since, current.id) : {};
      await moveState(
        keys.instance(current.id),
        current.status,
        to,
        { ...changes, steps: undefined, ...indexFields },
        events,
        now,
        undefined,
        `The instance changed while this was handled (it was ${current.status}).`,
        entry === 'remove' ? ['GSI2PK', 'GSI2SK'] : [],
      );
      return { ...current, ...changes, status: to, updatedAt: now };
    },

    listUnsettled: (state, until, page) =>
      queryDatedUntil(keys.instanceUnsettled(state, '', '').GSI2PK, until, page, (item) => ({ instance: instanceOf(item), since: String(item.GSI2SK).split('#')[0]! })),

    /**
     * Each step is recorded once: a task retried after its write (a timeout, a crash before the reply) finds
     * its name in `stepNames` and leaves the list as it is.
     */
    async addInstanceStep(instanceId, step, detail) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.instance(instanceId),
            UpdateExpression: 'SET steps = list_append(if_not_exists(steps, :none), :step) ADD stepNames :name',
            ConditionExpression: 'attribute_exists(PK) AND NOT contains(stepNames, :stepName)',
            // An existing item comes back with the failure: already recorded, told apart from no instance at all.
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            ExpressionAttributeValues: {
              ':none': [],
              ':step': [{ step, at: new Date().toISOString(), ...(detail ? { detail } : {}) }],
              ':name': new Set([step]),
              ':stepName': step,
            },
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && error.Item) return;
        throw error;
      }
    },
  };
};
