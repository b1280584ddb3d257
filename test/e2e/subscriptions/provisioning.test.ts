import { CoreV1Api, KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { reservationsOn } from '../../support/cluster-leftovers';
import { subscriptionEventTypes, useLocalPlatform } from '../../support/local-platform';
import { registerWorker, until } from '../../support/provisioning';

const platform = useLocalPlatform();
const api = apiClient(platform);
let admin: string;
let customer: Awaited<ReturnType<typeof api.register>>;

/** Everything the platform applied for an instance, read back through the standard Kubernetes client. */
const objectsOf = async (namespace: string, instanceId: string) => {
  const config = new KubeConfig();
  config.loadFromFile(platform().kubernetes!.kubeconfigPath);
  const objects = KubernetesObjectApi.makeApiClient(config);
  const selector = `paas.example/instance=${instanceId.toLowerCase()}`;
  const kinds = [
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'StatefulSet'],
    ['v1', 'Service'],
    ['v1', 'Secret'],
    ['v1', 'PersistentVolumeClaim'],
    ['networking.k8s.io/v1', 'Ingress'],
  ] as const;
  const found: string[] = [];
  for (const [apiVersion, kind] of kinds) {
    const list = await objects.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, selector);
    found.push(...list.items.map((item) => `${kind}/${item.metadata?.name}`));
  }
  return { found, core: config.makeApiClient(CoreV1Api) };
};

beforeAll(async () => {
  ({ admin } = await registerWorker(api, 'worker-1', { heartbeats: true }));
  customer = await api.register();
});

describe('subscribe → provision → cancel, through HTTP and the synthesized state machine', () => {
  it('runs n8n in the customer namespace, then removes every object of it', async () => {
    const token = customer.accessToken;
    const key = `e2e-${Date.now()}`;
    const created = await api.call('POST', '/v1/subscriptions', { token, headers: { 'idempotency-key': key }, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status).toBe(202);
    expect(created.json.subscription.status).toBe('PROVISIONING');
    const { subscription, instance } = created.json;

    const replay = await api.call('POST', '/v1/subscriptions', { token, headers: { 'idempotency-key': key }, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(replay.json.subscription.id).toBe(subscription.id);
    const reused = await api.call('POST', '/v1/subscriptions', { token, headers: { 'idempotency-key': key }, body: { serviceSlug: 'ghost', planId: 'starter' } });
    expect(reused.status).toBe(422);

    const running = await until(
      async () => (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json,
      (value) => value.status === 'RUNNING' || value.status === 'FAILED',
      'the instance to run',
    );
    expect(running).toMatchObject({ status: 'RUNNING', nodeName: 'worker-1', namespace: instance.namespace });
    expect(running.steps.map((s: { step: string }) => s.step)).toEqual(expect.arrayContaining(['placed', 'namespace ready', 'app objects applied', 'running']));
    const active = (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json;
    expect(active.status).toBe('ACTIVE');
    expect(Date.parse(active.currentPeriodEnd)).toBeGreaterThan(Date.now() + 27 * 24 * 3600 * 1000);

    const { found, core } = await objectsOf(instance.namespace, instance.id);
    const config = new KubeConfig();
    config.loadFromFile(platform().kubernetes!.kubeconfigPath);
    const ingresses = await KubernetesObjectApi.makeApiClient(config).list('networking.k8s.io/v1', 'Ingress', instance.namespace);
    const hosts = ingresses.items.flatMap((item) => ((item as { spec?: { rules?: { host: string }[] } }).spec?.rules ?? []).map((rule) => rule.host));
    expect(hosts).toContain(new URL(running.url).host);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^Deployment\//), expect.stringMatching(/^Service\//), expect.stringMatching(/^Ingress\//), expect.stringMatching(/^Secret\//)]));
    const namespace = await core.readNamespace({ name: instance.namespace });
    expect(namespace.metadata?.labels?.['paas.example/managed-by']).toBe('paas-platform');

    // Another customer sees nothing of it.
    const stranger = await api.register();
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token: stranger.accessToken })).status).toBe(404);
    expect((await api.call('POST', `/v1/subscriptions/${subscription.id}/cancel`, { token: stranger.accessToken })).status).toBe(404);

    const cancelled = await api.call('POST', `/v1/subscriptions/${subscription.id}/cancel`, { token });
    expect(cancelled.status).toBe(202);
    expect(cancelled.json.status).toBe('CANCELLED');
    expect((await api.call('POST', `/v1/subscriptions/${subscription.id}/renew`, { token })).status).toBe(409);
    await until(
      async () => (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json.status,
      (status) => status === 'DELETED',
      'the instance to be deleted',
    );
    const after = await objectsOf(instance.namespace, instance.id);
    expect(after.found).toEqual([]);

    const types = await subscriptionEventTypes(platform(), subscription.id);
    expect(types).toEqual(expect.arrayContaining(['subscription.created', 'instance.running', 'subscription.activated', 'subscription.cancelled', 'instance.deleted']));
  }, 120_000);

  it('rolls back a rollout that fails: FAILED, zero objects, the reservation released', async () => {
    const created = await api.call('POST', '/v1/admin/services', {
      token: admin,
      body: {
        slug: 'broken-app',
        name: 'Broken',
        description: 'An image that cannot be pulled.',
        version: 'fail',
        template: 'n8n',
        plans: [{ id: 'starter', name: 'Starter', price: { amount: 100, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 512, storageGiB: 1 } }],
      },
    });
    expect(created.status).toBe(201);
    const token = customer.accessToken;
    const subscribed = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'broken-app', planId: 'starter' } });
    expect(subscribed.status).toBe(202);
    const { subscription, instance } = subscribed.json;
    const failed = await until(
      async () => (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json,
      (value) => value.status === 'FAILED' || value.status === 'RUNNING',
      'the rollout to fail',
    );
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toMatch(/Rollout/);
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json.status).toBe('FAILED');
    expect((await objectsOf(instance.namespace, instance.id)).found).toEqual([]);
    // It had a reservation (it was placed) and gave it back with the rollback.
    expect((failed.steps as { step: string; detail?: string }[]).find((s) => s.step === 'placed')?.detail).toBe('worker-1');
    expect(Object.keys(await reservationsOn(platform(), 'worker-1'))).not.toContain(instance.id);
  }, 120_000);

  it('suspends (replicas to zero, recorded; quota zero), resumes, and renews', async () => {
    const token = customer.accessToken;
    const { subscription, instance } = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'ghost', planId: 'starter' } })).json;
    await until(async () => (await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token })).json.status, (s) => s === 'RUNNING', 'ghost to run');
    const config = new KubeConfig();
    config.loadFromFile(platform().kubernetes!.kubeconfigPath);
    const objects = KubernetesObjectApi.makeApiClient(config);
    const selector = `paas.example/instance=${instance.id.toLowerCase()}`;
    const workloads = async () => [
      ...(await objects.list('apps/v1', 'Deployment', instance.namespace, undefined, undefined, undefined, undefined, selector)).items,
      ...(await objects.list('apps/v1', 'StatefulSet', instance.namespace, undefined, undefined, undefined, undefined, selector)).items,
    ] as { metadata: { annotations?: Record<string, string> }; spec: { replicas: number } }[];
    expect((await workloads()).length).toBeGreaterThanOrEqual(2);

    const suspended = await api.call('POST', `/v1/admin/subscriptions/${subscription.id}/suspend`, { token: admin });
    expect(suspended.status).toBe(202);
    expect(suspended.json.status).toBe('SUSPENDED');
    for (const workload of await workloads()) {
      expect(workload.spec.replicas).toBe(0);
      expect(workload.metadata.annotations?.['paas.example/replicas-before-suspend']).toBe('1');
    }
    const quota = await config.makeApiClient(CoreV1Api).readNamespacedResourceQuota({ name: 'tenant-quota', namespace: instance.namespace });
    expect(quota.spec?.hard?.pods).toBe('0');
    expect((await api.call('POST', `/v1/subscriptions/${subscription.id}/renew`, { token })).status).toBe(409);

    const resumed = await api.call('POST', `/v1/admin/subscriptions/${subscription.id}/resume`, { token: admin });
    expect(resumed.json.status).toBe('ACTIVE');
    for (const workload of await workloads()) {
      expect(workload.spec.replicas).toBe(1);
      expect(workload.metadata.annotations?.['paas.example/replicas-before-suspend']).toBeUndefined();
    }
    const before = (await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json.currentPeriodEnd;
    const renewed = await api.call('POST', `/v1/subscriptions/${subscription.id}/renew`, { token });
    expect(renewed.status).toBe(200);
    expect(Date.parse(renewed.json.currentPeriodEnd)).toBeGreaterThan(Date.parse(before) + 27 * 24 * 3600 * 1000);
    const listed = await api.call('GET', `/v1/admin/subscriptions?status=ACTIVE&serviceSlug=ghost`, { token: admin });
    expect(listed.json.items.map((s: { id: string }) => s.id)).toContain(subscription.id);
  }, 120_000);

  it('refuses what it must, writing nothing', async () => {
    const token = customer.accessToken;
    expect((await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'nope', planId: 'starter' } })).status).toBe(404);
    expect((await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'platinum' } })).status).toBe(404);
    expect((await api.call('POST', '/v1/subscriptions', { token, headers: { 'idempotency-key': 'x'.repeat(256) }, body: { serviceSlug: 'n8n', planId: 'starter' } })).status).toBe(400);
    const before = (await api.call('GET', '/v1/subscriptions', { token })).json.items.length;
    // No node has room for a plan bigger than the worker.
    await api.call('POST', '/v1/admin/services', {
      token: admin,
      body: { slug: 'huge-app', name: 'Huge', description: 'Too big.', version: '1.0.0', template: 'n8n', plans: [{ id: 'max', name: 'Max', price: { amount: 100, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 64000, memoryMiB: 262144, storageGiB: 10 } }] },
    });
    const full = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'huge-app', planId: 'max' } });
    expect(full.status).toBe(409);
    expect((await api.call('GET', '/v1/subscriptions', { token })).json.items.length).toBe(before);
  });
});
