import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuantity } from '../../shared/provisioning/quantity';
import { instanceNames } from '../../shared/provisioning/templates/instance-names';
import { tenantQuotaName } from '../../shared/provisioning/tenant/resource-quota';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * A plan change on a real control plane, as the platform's least-privileged user: the API server accepts the
 * re-applied Deployment with the new plan's resources, the namespace quota re-applied for it admits the new
 * pod, the real PersistentVolumeClaimResize admission lets the bound claim grow (its StorageClass allows
 * expansion, as EKS's gp3 classes do), and the real Deployment controller's rollout is judged Ready.
 */
const { api } = useRealClusterPlatform();
let token: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string } };
const base = () => `/v1/subscriptions/${created.subscription.id}`;
const instance = async () => (await api.call('GET', `${base()}/instance`, { token })).json;
const quantity = (value: string | undefined) => parseQuantity(String(value));

beforeAll(async () => {
  await registerKwokNodes(api);
  token = (await api.register()).accessToken;
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
  await until(async () => (await api.call('GET', base(), { token })).json, (s) => s.status === 'ACTIVE', 'the subscription ACTIVE');
}, 150_000);

// The files share three fake nodes: this one gives its CPU back for the files after it.
afterAll(async () => {
  expect((await api.call('POST', `${base()}/cancel`, { token })).status).toBe(202);
  await until(instance, (i) => i.status === 'DELETED', 'the instance deprovisioned', 120_000);
}, 150_000);

describe('a plan change on a real control plane', () => {
  it('starter to pro: the Deployment runs with the pro resources, the quota admits it, the claim grows to 20 GiB, the instance ends RUNNING with one charge', async () => {
    const started = await api.call('POST', `${base()}/change-plan`, { token, body: { planId: 'pro' } });
    expect(started.status, started.text).toBe(202);
    expect(started.json.instance.status).toBe('RESIZING');
    const done = await until(instance, (i) => i.status !== 'RESIZING', 'the plan change to end', 120_000);
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', resources: { cpuMillicores: 2000, memoryMiB: 4096, storageGiB: 20 } });

    const names = instanceNames('n8n', created.instance.id);
    const { apps, core } = adminClients();
    const deployment = await apps.readNamespacedDeployment({ name: names.base, namespace: created.instance.namespace });
    const resources = deployment.spec!.template.spec!.containers[0]!.resources!;
    expect(quantity(resources.limits?.cpu)).toBe(2);
    expect(quantity(resources.limits?.memory)).toBe(4096 * 2 ** 20);
    expect(deployment.status?.updatedReplicas).toBe(1);
    expect(deployment.status?.readyReplicas).toBe(1);

    const quota = await core.readNamespacedResourceQuota({ name: tenantQuotaName, namespace: created.instance.namespace });
    expect(quantity(quota.spec!.hard!['requests.storage'])).toBeGreaterThanOrEqual(20 * 2 ** 30);
    expect(quantity(quota.spec!.hard!['limits.cpu'])).toBeGreaterThanOrEqual(2);
    // Admitted: the quota's own accounting counts the new pod's limits and the grown claim.
    await until(
      async () => (await core.readNamespacedResourceQuota({ name: tenantQuotaName, namespace: created.instance.namespace })).status?.used ?? {},
      (used) => (quantity(used['limits.cpu']) ?? 0) >= 2 && (quantity(used['requests.storage']) ?? 0) >= 20 * 2 ** 30,
      'the quota to count the new plan',
      60_000,
    );

    const claim = await core.readNamespacedPersistentVolumeClaim({ name: names.data, namespace: created.instance.namespace });
    expect(claim.spec!.resources!.requests!.storage).toBe('20Gi');
    expect(claim.status?.phase).toBe('Bound');

    expect((await api.call('GET', base(), { token })).json).toMatchObject({ planId: 'pro', price: { amount: 4900 } });
    const entries = ((await api.call('GET', '/v1/transactions', { token })).json.items as { planChangeId?: string; kind: string; amount: number }[]).filter((e) => e.planChangeId);
    expect(entries).toEqual([expect.objectContaining({ kind: 'charge', amount: started.json.planChange.proration.amount, planChangeId: started.json.planChange.id })]);
  }, 180_000);

  it('back down to starter is refused: the volume is 20 GiB now and volumes only grow', async () => {
    const refused = await api.call('POST', `${base()}/change-plan`, { token, body: { planId: 'starter' } });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/volumes only grow/);
  });
});
