import { GetCommand, type DocumentClient } from '../aws/dynamodb';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryPage } from '../data/query-page';
import { queryAllItems } from '../data/query-pages';
import { createCondition } from '../data/versioned-update';
import { conflict } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import { domainSchema, type Domain } from './domain';
import { MAX_DOMAINS_PER_SUBSCRIPTION, type DomainStore } from './domain-store';

const domainKeys = Object.keys(domainSchema.shape);
const domainOf = (item: Record<string, unknown>): Domain =>
  domainSchema.parse(Object.fromEntries(domainKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

/** The item of a domain: a FAILED one (or one with no check due) leaves the due index. */
const itemOf = (domain: Domain) => ({
  ...keys.domain(domain.subscriptionId, domain.hostname),
  ...(domain.nextCheckAt && domain.status !== 'FAILED' && keys.domainDue(domain.nextCheckAt, domain.hostname)),
  type: entityTypes.domain,
  ...domain,
});

const atVersion = (version: number) => ({
  ConditionExpression: '#version = :version',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':version': version },
});

export const dynamoDomainStore = (db: DocumentClient, tableName: string): DomainStore => {
  const countUpdate = (subscriptionId: string, delta: 1 | -1) => ({
    Update: {
      TableName: tableName,
      Key: keys.domainCount(subscriptionId),
      UpdateExpression: 'SET #type = :type ADD #count :delta',
      ...(delta > 0 && { ConditionExpression: 'attribute_not_exists(#count) OR #count < :max' }),
      ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
      ExpressionAttributeValues: { ':type': entityTypes.domainCount, ':delta': delta, ...(delta > 0 && { ':max': MAX_DOMAINS_PER_SUBSCRIPTION }) },
    },
  });

  return {
    async add(domain, events) {
      const claim = {
        Put: {
          TableName: tableName,
          Item: { ...keys.domainClaim(domain.hostname), type: entityTypes.domainClaim, hostname: domain.hostname, subscriptionId: domain.subscriptionId, userId: domain.userId, createdAt: domain.createdAt },
          ...createCondition,
        },
      };
      try {
        await commitWithEvents(db, tableName, [claim, { Put: { TableName: tableName, Item: itemOf(domain), ...createCondition } }, countUpdate(domain.subscriptionId, 1)], events);
      } catch (error) {
        const failed = failedConditionIndexes(error);
        if (failed.includes(0) || failed.includes(1)) throw conflict(`The hostname ${domain.hostname} is already claimed on the platform; a name belongs to one instance at a time.`);
        if (failed.includes(2)) throw conflict(`The subscription holds ${MAX_DOMAINS_PER_SUBSCRIPTION} domains already; remove one first.`);
        throw error;
      }
    },

    async get(subscriptionId, hostname) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.domain(subscriptionId, hostname), ConsistentRead: true }));
      return Item ? domainOf(Item) : undefined;
    },

    async listForSubscription(subscriptionId) {
      const items = await queryAllItems(db, {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.domain(subscriptionId, '').PK, ':prefix': keys.domainPrefix },
        ConsistentRead: true,
      });
      return items.map(domainOf);
    },

    async update(previous, next, events) {
      try {
        await commitWithEvents(db, tableName, [{ Put: { TableName: tableName, Item: itemOf({ ...next, version: previous.version + 1 }), ...atVersion(previous.version) } }], events);
      } catch (error) {
        if (isConditionFailure(error)) throw conflict(`The domain ${previous.hostname} changed meanwhile; read it again.`);
        throw error;
      }
    },

    async remove(domain, events) {
      const deleteDomain = {
        Delete: { TableName: tableName, Key: keys.domain(domain.subscriptionId, domain.hostname), ConditionExpression: 'attribute_exists(PK)' },
      };
      const releaseClaim = {
        Delete: {
          TableName: tableName,
          Key: keys.domainClaim(domain.hostname),
          ConditionExpression: 'subscriptionId = :subscription',
          ExpressionAttributeValues: { ':subscription': domain.subscriptionId },
        },
      };
      try {
        await commitWithEvents(db, tableName, [deleteDomain, releaseClaim, countUpdate(domain.subscriptionId, -1)], events);
      } catch (error) {
        // Removed already (a retried DELETE, a race with another): what was asked for holds.
        if (isConditionFailure(error)) return;
        throw error;
      }
    },

    listDue: (now, page) =>
      queryPage(db, { tableName, partition: { GSI2PK: keys.domainDue('', '').GSI2PK }, sortKey: { atMost: `${now.toISOString()}#\uffff` } }, page, domainOf),
  };
};
