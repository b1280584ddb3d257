import { DocumentClient } from '../../shared/aws/dynamodb';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { namespaceName } from '../../shared/provisioning/tenant/kubernetes-names';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import type { Instance, Subscription } from '../../shared/subscriptions/subscription';
import { settledInstance } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * A customer with a long history: a subscription that has run for a long time, then 120 that ended (cancelled,
 * their instances deleted), then a new one. The customer's list is newest first, so the old live one is far
 * past the first page of 100: the namespace quota must still count it, or the new instance's pods are
 * refused by the real ResourceQuota admission (the old one's pods use the whole quota of one plan).
 */
const { api, platform } = useRealClusterPlatform();
const ENDED = 120;
const starter = { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 };
let token: string;
let userId: string;

beforeAll(async () => {
  await registerKwokNodes(api);
  const customer = await api.register();
  ({ accessToken: token } = customer);
  userId = customer.user.id;
});

/** Ended subscriptions written straight to the table, with ids newer than any made so far (the list is newest first). */
const seedEnded = async () => {
  const db = new DocumentClient({ endpoint: platform().dynamoDbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const store = dynamoSubscriptionStore(db, platform().tableName);
  // Ids a day ahead of the clock: newer than the live ones, so they fill the first pages of the list.
  const past = Date.now() + 86_400_000;
  for (let i = 0; i < ENDED; i++) {
    const at = new Date(past + i).toISOString();
    const [subscriptionId, instanceId] = [ulid(past + i), ulid(past + i)];
    const subscription: Subscription = {
      id: subscriptionId, userId, serviceSlug: 'n8n', planId: 'starter', name: `old ${i}`, status: 'CANCELLED', instanceId,
      price: { amount: 1900, currency: 'EUR' }, billingPeriod: 'month', createdAt: at, updatedAt: at,
    };
    const instance: Instance = {
      id: instanceId, subscriptionId, userId, status: 'DELETED', serviceSlug: 'n8n', template: 'n8n', appVersion: '1.64.0',
      namespace: namespaceName(userId), url: `https://${instanceId.toLowerCase()}.apps.localhost`, resources: starter, steps: [], createdAt: at, updatedAt: at,
    };
    expect((await store.create(subscription, instance, [])).kind).toBe('created');
  }
};

describe('a customer with more than a page of subscriptions', () => {
  it('gets a namespace quota for every live subscription, however far down its list, and the new instance runs', async () => {
    const first = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
    expect((await settledInstance(api, token, first.subscription.id)).status).toBe('RUNNING');
    await seedEnded();
    const page = (await api.call('GET', '/v1/subscriptions?limit=100', { token })).json;
    expect(page.items.map((s: { id: string }) => s.id)).not.toContain(first.subscription.id);

    const second = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(second.status, second.text).toBe(202);
    const settled = await settledInstance(api, token, second.json.subscription.id);
    expect(settled.status, settled.failureReason).toBe('RUNNING');
    const quota = await adminClients().core.readNamespacedResourceQuota({ name: 'tenant-quota', namespace: first.instance.namespace });
    // Two starter plans' worth (500m each) and two backup Jobs' room (500m each), not one of each.
    expect(quota.spec?.hard?.['limits.cpu']).toMatch(/^(2|2000m)$/); // the API server writes 2000m as 2
  });
});
