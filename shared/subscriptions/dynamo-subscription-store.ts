import { ConditionalCheckFailedException, GetCommand, TransactWriteCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { CommitPartRejected, type CommitPart } from '../data/commit-part';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { countAll } from '../data/query-pages';
import { queryPage, type PageRequest } from '../data/query-page';
import { createCondition, versionedUpdate } from '../data/versioned-update';
import { conflict } from '../errors/app-error';
import type { DomainEvent } from '../events/domain-event';
import { commitWithEvents, outboxPut } from '../events/outbox';
import type { InstanceState, SubscriptionState } from './lifecycle';
import { instanceSchema, subscriptionSchema, type Instance, type Subscription } from './subscription';
import { duePhaseOf } from './expiry';
import type { SubscriptionStore } from './subscription-store';
import { readSubscriptionCounts, subscriptionCountUpdate } from './dynamo-subscription-counts';
import { isUnsettled, unsettledEntryAfter } from './unsettled-instances';

/** An Idempotency-Key is remembered for a day, as Stripe does. */
const IDEMPOTENCY_SECONDS = 24 * 3600;
/** The customer sees the last steps of the workflow; older ones are dropped. */
export const KEPT_STEPS = 20;

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
 * means "already done" and wins; any other failed condition is a state having changed meanwhile. The
 * transaction holds the moves first, then the parts.
 */
const moveFailure = (error: unknown, moveCount: number, parts: readonly CommitPart[], conflictMessage: string): never => {
  const rejected = failedConditionIndexes(error).find((index) => index >= moveCount && index < moveCount + parts.length);
  if (rejected !== undefined) throw new CommitPartRejected(parts[rejected - moveCount]!);
  if (isConditionFailure(error)) throw conflict(conflictMessage);
  throw error;
};

/** An instance's fields that a move given them as undefined removes: the plan change ends with its resize. */
const clearableInstanceFields = ['planChange'] as const;

/** One item's lifecycle move: from the state it was read in (and version, when known) to another. */
interface Move {
  key: Record<string, string>;
  from: string;
  to: string;
  changes: Record<string, unknown>;
  now: string;
  expectedVersion: number | undefined;
  remove: string[];
  /** Writes that belong to this move (the state counters), committed after every caller's part. */
  own: readonly CommitPart[];
}

export const dynamoSubscriptionStore = (db: DocumentClient, tableName: string): SubscriptionStore => {
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

  /**
   * Lifecycle moves committed as one transaction with their events and the parts other stores add: each
   * only from the state it was read in (and version, when known); all land or none does.
   */
  const commitMoves = (moves: readonly Move[], events: readonly DomainEvent[], conflictMessage: string, parts: readonly CommitPart[] = []) =>
    commitWithEvents(
      db,
      tableName,
      [
        ...moves.map((move) => ({
          Update: {
            TableName: tableName,
            Key: move.key,
            ...versionedUpdate({ ...move.changes, updatedAt: undefined, status: move.to }, {
              now: move.now,
              expectedVersion: move.expectedVersion,
              condition: { expression: '#status = :from', names: { '#status': 'status' }, values: { ':from': move.from } },
              remove: move.remove,
            }),
          },
        })),
        // The moves' own writes (state counters) after the callers' parts, which keep their positions.
        ...[...parts, ...moves.flatMap((move) => move.own)].map((part) => part.write as NonNullable<Parameters<typeof commitWithEvents>[2]>[number]),
      ],
      events,
    ).catch((error: unknown) => moveFailure(error, moves.length, parts, conflictMessage));

  /**
   * A subscription's move: a field given as undefined is removed (a resumed subscription has no suspension
   * reason); the due index entry follows the state it moves to, and the state counters move with it.
   */
  const subscriptionMove = (current: Subscription, to: SubscriptionState, changes: Partial<Subscription>) => {
    const now = changes.updatedAt ?? new Date().toISOString();
    const after = { ...current, ...changes, status: to, updatedAt: now };
    const cleared = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] === undefined && key !== 'updatedAt');
    const due = duePhaseOf(after);
    const dueFields = due ? keys.subscriptionDue(due.phase, due.at, current.id) : {};
    const move: Move = {
      key: keys.subscription(current.userId, current.id),
      from: current.status,
      to,
      changes: { ...changes, ...dueFields },
      now,
      expectedVersion: versions.get(current),
      remove: [...cleared, ...(due ? [] : ['GSI2PK', 'GSI2SK'])],
      own: subscriptionCountUpdate(tableName, current.id, current.status === to ? {} : { [current.status]: -1, [to]: 1 }).map((write) => ({ label: 'subscription counts', write })),
    };
    const moved = () => remember(subscriptionSchema.parse(pick(after, subscriptionKeys)), (versions.get(current) ?? 0) + 1);
    return { move, moved };
  };

  /** An instance's move: the cleanup index entry follows it (unsettled-instances.ts), in the same write. */
  const instanceMove = (current: Instance, to: InstanceState, changes: Partial<Instance>) => {
    const now = changes.updatedAt ?? new Date().toISOString();
    const entry = unsettledEntryAfter(current.status, to, now);
    const indexFields = typeof entry === 'object' ? keys.instanceUnsettled(entry.state, entry.since, current.id) : {};
    // The per-version index follows a change of version and forgets a deleted instance.
    const versionFields = changes.appVersion && to !== 'DELETED' ? keys.instanceOnVersion(current.serviceSlug, changes.appVersion, current.id) : {};
    // Fields a move may clear by passing them as undefined (others given undefined are left alone, as before).
    const cleared = clearableInstanceFields.filter((key) => key in changes && changes[key] === undefined);
    const move: Move = {
      key: keys.instance(current.id),
      from: current.status,
      to,
      changes: { ...changes, steps: undefined, ...indexFields, ...versionFields },
      now,
      expectedVersion: undefined,
      remove: [...cleared, ...(entry === 'remove' ? ['GSI2PK', 'GSI2SK'] : []), ...(to === 'DELETED' ? ['GSI1PK', 'GSI1SK'] : [])],
      own: [],
    };
    const moved = (): Instance => ({ ...current, ...changes, status: to, updatedAt: now });
    return { move, moved };
  };

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
              ...keys.instanceOnVersion(instance.serviceSlug, instance.appVersion, instance.id),
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

    async transitionSubscription(current, to, changes, events, parts) {
      const { move, moved } = subscriptionMove(current, to, changes);
      await commitMoves([move], events, `The subscription changed while this request was handled (it was ${current.status}); read it again.`, parts);
      return moved();
    },

    countByState: () => readSubscriptionCounts(db, tableName),

    listDue: (phase, until, page) => queryDatedUntil(keys.subscriptionDue(phase, '', '').GSI2PK, until, page, (item) => remember(subscriptionOf(item), versionOf(item))),

    async transitionInstance(current, to, changes, events, parts) {
      const { move, moved } = instanceMove(current, to, changes);
      await commitMoves([move], events, `The instance changed while this was handled (it was ${current.status}).`, parts);
      return moved();
    },

    async transitionTogether(instance, subscription, events, parts) {
      const instanceSide = instanceMove(instance.current, instance.to, instance.changes);
      const subscriptionSide = subscriptionMove(subscription.current, subscription.to, subscription.changes);
      await commitMoves(
        [instanceSide.move, subscriptionSide.move],
        events,
        `The instance or its subscription changed while this was handled (they were ${instance.current.status} and ${subscription.current.status}).`,
        parts,
      );
      return { instance: instanceSide.moved(), subscription: subscriptionSide.moved() };
    },

    countOnVersion: (serviceSlug, appVersion) =>
      countAll(db, {
        TableName: tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :partition',
        ExpressionAttributeValues: { ':partition': keys.instanceOnVersion(serviceSlug, appVersion, '').GSI1PK },
      }),

    listOnVersion: (serviceSlug, appVersion, page) =>
      queryPage(db, { tableName, partition: { GSI1PK: keys.instanceOnVersion(serviceSlug, appVersion, '').GSI1PK } }, page, instanceOf),

    listUnsettled: (state, until, page) =>
      queryDatedUntil(keys.instanceUnsettled(state, '', '').GSI2PK, until, page, (item) => ({ instance: instanceOf(item), since: String(item.GSI2SK).split('#')[0]! })),

    /**
     * Each step is recorded once: a task retried after its write (a timeout, a crash before the reply) finds
     * its name in `stepNames` (prefixed with its operation's id, when it belongs to one) and leaves the list
     * as it is.
     */
    async addInstanceStep(instanceId, step, detail, operation) {
      const name = operation ? `${operation} ${step}` : step;
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
              ':name': new Set([name]),
              ':stepName': name,
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
