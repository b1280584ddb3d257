import { GetCommand, PutCommand, type DocumentClient } from '../aws/dynamodb';
import { onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { conflict } from '../errors/app-error';
import type { UpgradeBatch } from './upgrade-batch';
import type { UpgradeBatchStore } from './upgrade-batch-store';

const fields = ['id', 'serviceSlug', 'fromVersion', 'toVersion', 'batchSize', 'status', 'total', 'upgraded', 'failed', 'failure', 'inFlight', 'passed', 'createdAt', 'updatedAt'] as const;
const batchOf = (item: Record<string, unknown>) => Object.fromEntries(fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) as unknown as UpgradeBatch;

export const dynamoUpgradeBatchStore = (db: DocumentClient, tableName: string): UpgradeBatchStore => ({
  async get(serviceSlug, fromVersion) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.upgradeBatch(serviceSlug, fromVersion), ConsistentRead: true }));
    return Item ? { batch: batchOf(Item), revision: Number(Item.version ?? 0) } : undefined;
  },

  async save(batch, revision) {
    await onConditionFailure(
      () =>
        db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.upgradeBatch(batch.serviceSlug, batch.fromVersion),
              type: entityTypes.upgradeBatch,
              version: revision + 1,
              ...batch,
            },
            ...(revision === 0
              ? { ConditionExpression: 'attribute_not_exists(PK)' }
              : { ConditionExpression: '#version = :revision', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':revision': revision } }),
          }),
        ),
      () => conflict(`The batch upgrade of ${batch.serviceSlug} ${batch.fromVersion} changed meanwhile; read it again.`),
    );
  },
});
