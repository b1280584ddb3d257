import { GetCommand, TransactWriteCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { batchGetItems } from '../data/batch-get';
import { isConditionFailure, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { projectionOf } from '../data/projection';
import { queryPage } from '../data/query-page';
import { queryAllItems } from '../data/query-pages';
import { putNew } from '../data/put-new';
import { versionedUpdate } from '../data/versioned-update';
import { conflict, notFound } from '../errors/app-error';
import { webhookEndpointSchema, type WebhookEndpoint, type WebhookOwner } from './webhook-endpoint';
import type { DeliverableWebhookEndpoint, WebhookEndpointStore } from './webhook-endpoint-store';
import { activeSecrets, type PreviousSecret } from './webhook-secret';

const publicKeys = Object.keys(webhookEndpointSchema.shape);
/** Reads that answer the API never fetch the secrets at all. */
const publicProjection = projectionOf(publicKeys);

const publicOf = (item: Record<string, unknown>): WebhookEndpoint =>
  webhookEndpointSchema.parse(Object.fromEntries(publicKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

const missing = () => notFound('The webhook');

/** An endpoint item as the delivery needs it: its secrets still active at `now`, its health. */
const deliverableOf = (owner: WebhookOwner, item: Record<string, unknown>, now: Date): DeliverableWebhookEndpoint => {
  const secrets = { secret: String(item.secret), previousSecrets: (item.previousSecrets ?? []) as PreviousSecret[] };
  const active = new Set(activeSecrets(secrets, now));
  return {
    ...publicOf(item),
    owner,
    version: Number(item.version ?? 0),
    secret: secrets.secret,
    previousSecrets: secrets.previousSecrets.filter((previous) => active.has(previous.secret)),
    health: {
      ...(item.firstFailureAt ? { firstFailureAt: String(item.firstFailureAt) } : {}),
      ...(item.failingNotifiedAt ? { failingNotifiedAt: String(item.failingNotifiedAt) } : {}),
      ...(item.lastSuccessAt ? { lastSuccessAt: String(item.lastSuccessAt) } : {}),
    },
  };
};

export const dynamoWebhookEndpointStore = (db: DocumentClient, tableName: string): WebhookEndpointStore => {
  const readFull = async (owner: WebhookOwner, id: string) =>
    (await db.send(new GetCommand({ TableName: tableName, Key: keys.webhookEndpoint(owner, id), ConsistentRead: true }))).Item;

  return {
    async create(owner, endpoint, secret) {
      await putNew(db, tableName, {
        ...keys.webhookEndpoint(owner, endpoint.id),
        type: entityTypes.webhookEndpoint,
        schemaVersion: 1,
        version: 1,
        ownerKind: owner.kind,
        ...(owner.kind === 'customer' ? { userId: owner.userId } : {}),
        ...endpoint,
        // Stored retrievable because every delivery signs with it; the table is encrypted at rest.
        secret,
        previousSecrets: [],
      });
    },

    async get(owner, id) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.webhookEndpoint(owner, id), ...publicProjection }));
      return Item ? publicOf(Item) : undefined;
    },

    list: (owner, page) =>
      queryPage(
        db,
        { tableName, partition: { PK: keys.webhookEndpoint(owner, '').PK }, sortKey: { beginsWith: keys.webhookEndpointPrefix }, attributes: publicKeys, descending: true },
        page,
        publicOf,
      ),

    async update(owner, id, changes, now) {
      const removeDescription = changes.description === '';
      const { Attributes } = await onConditionFailure(
        () =>
          db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.webhookEndpoint(owner, id),
              ...versionedUpdate(
                { url: changes.url, eventTypes: changes.eventTypes, description: removeDescription ? undefined : changes.description, enabled: changes.enabled },
                // Turned on again, an endpoint starts with a clean record: no reason, no failure streak.
                { now, remove: [...(removeDescription ? ['description'] : []), ...(changes.enabled === true ? ['disabledReason', 'firstFailureAt', 'failingNotifiedAt'] : [])] },
              ),
              ReturnValues: 'ALL_NEW',
            }),
          ),
        missing,
      );
      return publicOf(Attributes!);
    },

    async delete(owner, id) {
      await onConditionFailure(
        () =>
          db.send(
            new TransactWriteCommand({
              TransactItems: [
                { Delete: { TableName: tableName, Key: keys.webhookEndpoint(owner, id), ConditionExpression: 'attribute_exists(PK)' } },
                // The delivery counter has no TTL (a quiet endpoint keeps its numbering): it goes with the endpoint.
                { Delete: { TableName: tableName, Key: keys.webhookSequence(id) } },
              ],
            }),
          ),
        missing,
      );
    },

    async getEndpointForDelivery(owner, id, now = new Date()) {
      const item = await readFull(owner, id);
      return item ? deliverableOf(owner, item, now) : undefined;
    },

    async getEndpointsForDelivery(wanted, now = new Date()) {
      if (!wanted.length) return [];
      const items = await batchGetItems(db, tableName, wanted.map(({ owner, id }) => keys.webhookEndpoint(owner, id)), { consistentRead: true });
      const byKey = new Map(items.map((item) => [`${String(item.PK)} ${String(item.SK)}`, item]));
      return wanted.map(({ owner, id }) => {
        const key = keys.webhookEndpoint(owner, id);
        const item = byKey.get(`${key.PK} ${key.SK}`);
        return item ? deliverableOf(owner, item, now) : undefined;
      });
    },

    async listEnabledEndpointsFor(owner) {
      const items = await queryAllItems(db, {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        FilterExpression: '#enabled = :true',
        ExpressionAttributeValues: { ':pk': keys.webhookEndpoint(owner, '').PK, ':prefix': keys.webhookEndpointPrefix, ':true': true },
        ...publicProjection,
        ExpressionAttributeNames: { ...publicProjection.ExpressionAttributeNames, '#enabled': 'enabled' },
      });
      return items.map(publicOf);
    },

    async replaceSecrets(owner, id, secrets, expectedVersion, now) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.webhookEndpoint(owner, id),
            ...versionedUpdate({ secret: secrets.secret, previousSecrets: secrets.previousSecrets }, { now, expectedVersion }),
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // Gone, or changed since it was read: tell the two apart so the caller gets 404 or 409.
        if (!(await readFull(owner, id))) throw missing();
        throw conflict('The webhook changed while its secret was being rotated; try again.');
      }
    },

    async disable(owner, id, reason, now) {
      await onConditionFailure(
        () =>
          db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.webhookEndpoint(owner, id),
              ...versionedUpdate({ enabled: false, disabledReason: reason }, { now }),
            }),
          ),
        missing,
      );
    },
  };
};
