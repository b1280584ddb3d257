import { QueryCommand } from '../../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { dynamoSubscriptionStore } from '../../../shared/subscriptions/dynamo-subscription-store';
import type { Instance, Subscription } from '../../../shared/subscriptions/subscription';
import { useDynamoDbTable } from '../../support/dynamodb';

/**
 * The cleanup job's index of unsettled instances on DynamoDB Local: an instance is in it while PROVISIONING
 * or DELETING, dated from when it entered the state, and nowhere once it left, so the job's query returns
 * what is due and nothing else.
 */
const table = useDynamoDbTable('unsettled-index');
const store = () => dynamoSubscriptionStore(table().doc, table().tableName);

const create = async (createdAt: string, status: Instance['status'] = 'PROVISIONING') => {
  const userId = ulid();
  const id = ulid();
  const subscription: Subscription = {
    id: ulid(),
    userId,
    serviceSlug: 'n8n',
    planId: 'starter',
    name: 'n8n',
    status: status === 'PROVISIONING' ? 'PROVISIONING' : 'ACTIVE',
    instanceId: id,
    price: { amount: 900, currency: 'EUR' },
    billingPeriod: 'month',
    createdAt,
    updatedAt: createdAt,
  };
  const instance: Instance = {
    id,
    subscriptionId: subscription.id,
    userId,
    status,
    serviceSlug: 'n8n',
    template: 'n8n',
    appVersion: '1.0.0',
    namespace: `cust-${userId.toLowerCase()}`,
    url: 'https://x.apps.test',
    resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 1 },
    steps: [{ step: 'requested', at: createdAt }],
    createdAt,
    updatedAt: createdAt,
  };
  expect((await store().create(subscription, instance, [])).kind).toBe('created');
  return (await store().getInstance(id))!;
};
const listedIds = async (state: 'PROVISIONING' | 'DELETING', until: string) => {
  const ids: { id: string; since: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await store().listUnsettled(state, until, { limit: 2, cursor });
    ids.push(...page.items.map((item) => ({ id: item.instance.id, since: item.since })));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
};

describe('the unsettled index', () => {
  it('follows an instance through its life: in while PROVISIONING (from its request), out while RUNNING, in again while DELETING', async () => {
    const requested = '2026-01-01T10:00:00.000Z';
    let instance = await create(requested);
    expect(await listedIds('PROVISIONING', requested)).toContainEqual({ id: instance.id, since: requested });
    expect(await listedIds('PROVISIONING', '2026-01-01T09:59:59.999Z')).not.toContainEqual(expect.objectContaining({ id: instance.id }));

    // Placed ten minutes later: still PROVISIONING, still dated from the request.
    instance = await store().transitionInstance(instance, 'PROVISIONING', { nodeName: 'worker-1', updatedAt: '2026-01-01T10:10:00.000Z' }, []);
    expect(await listedIds('PROVISIONING', requested)).toContainEqual({ id: instance.id, since: requested });

    instance = await store().transitionInstance(instance, 'RUNNING', { updatedAt: '2026-01-01T10:11:00.000Z' }, []);
    expect(await listedIds('PROVISIONING', '2030-01-01T00:00:00.000Z')).not.toContainEqual(expect.objectContaining({ id: instance.id }));
    expect(await listedIds('DELETING', '2030-01-01T00:00:00.000Z')).not.toContainEqual(expect.objectContaining({ id: instance.id }));

    instance = await store().transitionInstance(instance, 'DELETING', { updatedAt: '2026-02-01T08:00:00.000Z' }, []);
    expect(await listedIds('DELETING', '2026-02-01T08:00:00.000Z')).toContainEqual({ id: instance.id, since: '2026-02-01T08:00:00.000Z' });
    expect(await listedIds('DELETING', '2026-02-01T07:59:59.999Z')).not.toContainEqual(expect.objectContaining({ id: instance.id }));

    await store().transitionInstance(instance, 'DELETED', { updatedAt: '2026-02-01T08:01:00.000Z' }, []);
    expect(await listedIds('DELETING', '2030-01-01T00:00:00.000Z')).not.toContainEqual(expect.objectContaining({ id: instance.id }));
  });

  it('never holds an instance created settled, and returns the due ones oldest first across pages', async () => {
    const running = await create('2025-06-01T00:00:00.000Z', 'RUNNING');
    const due = [await create('2025-01-03T00:00:00.000Z'), await create('2025-01-01T00:00:00.000Z'), await create('2025-01-02T00:00:00.000Z')];
    const notYet = await create('2025-01-05T00:00:00.000Z');
    const listed = (await listedIds('PROVISIONING', '2025-01-04T00:00:00.000Z')).map((item) => item.id);
    expect(listed).toEqual([due[1]!.id, due[2]!.id, due[0]!.id]);
    expect(listed).not.toContain(notYet.id);
    expect(listed).not.toContain(running.id);
    // The index is sparse: only unsettled instances have an entry at all.
    const { Items = [] } = await table().doc.send(
      new QueryCommand({ TableName: table().tableName, IndexName: 'GSI2', KeyConditionExpression: 'GSI2PK = :p', ExpressionAttributeValues: { ':p': 'INSTANCES#UNSETTLED#PROVISIONING' } }),
    );
    expect(Items.map((item) => item.id)).not.toContain(running.id);
  });
});
