import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { dynamoSubscriptionStore } from '../../../shared/subscriptions/dynamo-subscription-store';
import type { Instance, Subscription } from '../../../shared/subscriptions/subscription';
import { useDynamoDbTable } from '../../support/dynamodb';

/**
 * An instance's steps on DynamoDB Local: a workflow task retried after its write records its step once, and
 * the same step of a later operation (a second restore from one backup, a retried upgrade to one version) is
 * recorded again, because the operation's id scopes the "once".
 */
const table = useDynamoDbTable('instance-steps');
const store = () => dynamoSubscriptionStore(table().doc, table().tableName);

const createInstance = async () => {
  const at = new Date().toISOString();
  const userId = ulid();
  const id = ulid();
  const subscription: Subscription = {
    id: ulid(), userId, serviceSlug: 'n8n', planId: 'starter', name: 'n8n', status: 'ACTIVE', instanceId: id,
    price: { amount: 900, currency: 'EUR' }, billingPeriod: 'month', createdAt: at, updatedAt: at,
  };
  const instance: Instance = {
    id, subscriptionId: subscription.id, userId, status: 'RUNNING', serviceSlug: 'n8n', template: 'n8n', appVersion: '1.0.0',
    namespace: `cust-${userId.toLowerCase()}`, url: 'https://x.apps.test', resources: { cpuMillicores: 500, memoryMiB: 512, storageGiB: 1 },
    steps: [{ step: 'requested', at }], createdAt: at, updatedAt: at,
  };
  expect((await store().create(subscription, instance, [])).kind).toBe('created');
  return id;
};
const stepsOf = async (id: string) => (await store().getInstance(id))!.steps.map((s) => [s.step, s.detail]);

describe('instance steps', () => {
  it('records a retried step of one operation once, and the same step of the next operation again', async () => {
    const id = await createInstance();
    await store().addInstanceStep(id, 'app stopped for the restore', undefined, 'restore-1');
    await store().addInstanceStep(id, 'app stopped for the restore', undefined, 'restore-1');
    await store().addInstanceStep(id, 'restored', 'backup-a', 'restore-1');
    await store().addInstanceStep(id, 'app stopped for the restore', undefined, 'restore-2');
    await store().addInstanceStep(id, 'restored', 'backup-a', 'restore-2');
    await store().addInstanceStep(id, 'restored', 'backup-a', 'restore-2');
    expect(await stepsOf(id)).toEqual([
      ['requested', undefined],
      ['app stopped for the restore', undefined],
      ['restored', 'backup-a'],
      ['app stopped for the restore', undefined],
      ['restored', 'backup-a'],
    ]);
  });

  it('records a step of no operation (provisioning’s, once per instance) once', async () => {
    const id = await createInstance();
    await store().addInstanceStep(id, 'namespace ready', 'cust-x');
    await store().addInstanceStep(id, 'namespace ready', 'cust-x');
    expect(await stepsOf(id)).toEqual([['requested', undefined], ['namespace ready', 'cust-x']]);
  });

  it('refuses a step of an instance that does not exist', async () => {
    await expect(store().addInstanceStep(ulid(), 'restored', 'backup-a', 'restore-1')).rejects.toThrow();
  });
});
