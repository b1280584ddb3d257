import { GetCommand, QueryCommand, ScanCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { createService, deactivateService, type CatalogDeps } from '../../../shared/catalog/catalog-use-cases';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import { seedCatalog } from '../../../shared/catalog/seed-catalog';
import { keys } from '../../../shared/data/keys';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable();
const deps = (): CatalogDeps => ({ services: dynamoServiceStore(table().doc, table().tableName), now: () => new Date() });

describe('DynamoDB service store (DynamoDB Local)', () => {
  it('seeds the catalog once, however often it runs', async () => {
    expect((await seedCatalog(deps())).created).toEqual(['n8n', 'ghost', 'wordpress']);
    expect((await seedCatalog(deps())).created).toEqual([]);
    const page = await deps().services.listActive({ limit: 10 });
    expect(page.items.map((s) => s.slug)).toEqual(['ghost', 'n8n', 'wordpress']);
  });

  it('refuses a second service with the same slug and writes nothing for it', async () => {
    const before = await table().doc.send(new QueryCommand({ TableName: table().tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'SERVICE#n8n' } }));
    await expect(createService(deps(), { ...catalogSeed[0]!, name: 'Impostor' })).rejects.toMatchObject({ type: 'conflict' });
    const stored = await deps().services.get('n8n');
    expect(stored?.name).toBe('n8n');
    const after = await table().doc.send(new QueryCommand({ TableName: table().tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'SERVICE#n8n' } }));
    expect(after.Count).toBe(before.Count);
  });

  it('commits the outbox event in the same transaction as the item', async () => {
    const { Items = [] } = await table().doc.send(
      new QueryCommand({ TableName: table().tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :p', ExpressionAttributeValues: { ':p': 'SERVICES#ACTIVE' } }),
    );
    expect(Items).toHaveLength(3);
    const created = await seedOutboxCount();
    expect(created).toBe(3);
  });

  it('pages with cursors that resume exactly where the last page ended', async () => {
    const first = await deps().services.listActive({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeDefined();
    const second = await deps().services.listActive({ limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((s) => s.slug)).toEqual(['ghost', 'n8n', 'wordpress']);
  });

  it('bumps the version on update and moves a deactivated service out of the active index', async () => {
    const before = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.service('ghost') }));
    await deactivateService(deps(), 'ghost');
    const after = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.service('ghost') }));
    expect(after.Item?.version).toBe((before.Item?.version as number) + 1);
    expect(after.Item?.GSI1PK).toBe('SERVICES#INACTIVE');
    expect((await deps().services.listActive({ limit: 10 })).items.map((s) => s.slug)).toEqual(['n8n', 'wordpress']);
  });

  it('answers not-found for an update of a missing service and creates nothing', async () => {
    await expect(deps().services.update('missing', { name: 'x' }, new Date().toISOString(), [])).rejects.toMatchObject({ type: 'not-found' });
    expect(await deps().services.get('missing')).toBeUndefined();
  });
});

/** Outbox items are keyed by event id; count the service.created ones by scanning this small test table. */
const seedOutboxCount = async () => {
  const { Items = [] } = await table().doc.send(new ScanCommand({ TableName: table().tableName, FilterExpression: '#t = :t AND eventType = :e', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':t': 'OutboxEvent', ':e': 'service.created' } }));
  return Items.length;
};
