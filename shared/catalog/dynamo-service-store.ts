import { GetCommand, type DocumentClient } from '../aws/dynamodb';
import { onConditionFailure } from '../data/data-errors';
import { countAll } from '../data/query-pages';
import { queryPage } from '../data/query-page';
import { entityTypes, keys } from '../data/keys';
import { createCondition, versionedUpdate } from '../data/versioned-update';
import { conflict, notFound } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import { defaultAppImage } from '../provisioning/templates/app-images';
import { serviceSchema, type Service } from './service';
import type { ServiceStore } from './service-store';

const SCHEMA_VERSION = 1;

/** The item keeps the app version as `appVersion`; `version` is the optimistic lock of every item. */
const toItem = (service: Service) => {
  const { version, ...rest } = service;
  return {
    ...keys.service(service.slug),
    ...keys.serviceListing(service.active, service.slug),
    type: entityTypes.service,
    schemaVersion: SCHEMA_VERSION,
    version: 1,
    ...rest,
    appVersion: version,
  };
};

/** A service stored before versions were listed runs one: its `version`, the default, on the template's image. */
const versionsOf = (item: Record<string, unknown>) =>
  item.versions ?? [{ ...defaultAppImage(String(item.template), String(item.appVersion)), version: item.appVersion, status: 'supported', default: true, releasedAt: item.createdAt }];

const fromItem = (item: Record<string, unknown>): Service => {
  const { slug, name, description, appVersion, template, plans, active, createdAt, updatedAt } = item;
  return serviceSchema.parse({ slug, name, description, version: appVersion, template, plans, active, versions: versionsOf(item), createdAt, updatedAt });
};

export const dynamoServiceStore = (db: DocumentClient, tableName: string): ServiceStore => {
  const read = async (slug: string, consistent: boolean) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.service(slug), ConsistentRead: consistent }));
    return Item ? fromItem(Item) : undefined;
  };
  return {
  get: (slug) => read(slug, false),

  async getWithRevision(slug) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.service(slug), ConsistentRead: true }));
    return Item ? { service: fromItem(Item), revision: Number(Item.version ?? 0) } : undefined;
  },

  async saveVersions(slug, revision, versions, now, events) {
    const appVersion = versions.find((v) => v.default)?.version;
    await onConditionFailure(
      () =>
        commitWithEvents(
          db,
          tableName,
          [{ Update: { TableName: tableName, Key: keys.service(slug), ...versionedUpdate({ versions, appVersion }, { now, expectedVersion: revision }) } }],
          events,
        ),
      () => conflict(`The service "${slug}" changed meanwhile; read it again and retry.`),
    );
  },
  getConsistent: (slug) => read(slug, true),

  listActive: (page) => queryPage(db, { tableName, partition: { GSI1PK: keys.serviceListing(true, '').GSI1PK } }, page, fromItem),

  countActive: () =>
    countAll(db, {
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :partition',
      ExpressionAttributeValues: { ':partition': keys.serviceListing(true, '').GSI1PK },
    }),

  async create(service, events) {
    await onConditionFailure(
      () =>
        commitWithEvents(
          db,
          tableName,
          [
            { Put: { TableName: tableName, Item: toItem(service), ...createCondition } },
          ],
          events,
        ),
      () => conflict(`A service with the slug "${service.slug}" already exists.`),
    );
  },

  async update(slug, patch, now, events) {
    const { version: appVersion, ...fields } = patch;
    const listing = patch.active === undefined ? {} : keys.serviceListing(patch.active, slug);
    await onConditionFailure(
      () =>
        commitWithEvents(
          db,
          tableName,
          [
            {
              Update: {
                TableName: tableName,
                Key: keys.service(slug),
                ...versionedUpdate({ ...fields, appVersion, ...listing }, { now }),
              },
            },
          ],
          events,
        ),
      () => notFound(`The service "${slug}"`),
    );
  },
};
};
