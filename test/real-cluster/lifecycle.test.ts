import { beforeAll, describe, expect, it } from 'vitest';
import { instanceKinds, podKind } from '../../shared/provisioning/steps/instance-kinds';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, isReady, podsOf, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * An instance's life on a real control plane: suspended (workloads at zero, data kept) and resumed, renewed,
 * cancelled with every object gone and the customer's namespace finalized by the real namespace controller;
 * a failing rollout rolled back to nothing; a new subscription while the old namespace is still Terminating.
 */
const { api } = useRealClusterPlatform();
let admin: string;

beforeAll(async () => {
  ({ admin } = await registerKwokNodes(api));
  const broken = await api.call('POST', '/v1/admin/services', {
    token: admin,
    body: {
      slug: 'broken-n8n',
      name: 'Broken n8n',
      description: 'Its image cannot be pulled (the kwok stage for n8nio/n8n:fail).',
      version: 'fail',
      template: 'n8n',
      plans: [{ id: 'starter', name: 'Starter', price: { amount: 100, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 1 } }],
    },
  });
  expect(broken.status, broken.text).toBe(201);
});

/** Every object the platform applies for an instance, and its pods, found by the instance label. */
const leftovers = async (namespace: string, instanceId: string) => {
  const selector = `paas.example/instance=${instanceId.toLowerCase()}`;
  const found: string[] = [];
  for (const kind of [...instanceKinds, podKind]) {
    const list = await adminClients().objects.list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, selector);
    found.push(...list.items.map((item) => `${kind.kind}/${item.metadata?.name}`));
  }
  return found;
};
const namespaceGone = async (name: string) => {
  try {
    await adminClients().core.readNamespace({ name });
    return false;
  } catch (error) {
    if ((error as { code?: number }).code === 404) return true;
    throw error;
  }
};
const subscribe = async (token: string, serviceSlug: string, planId = 'starter') => {
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug, planId } });
  expect(created.status, created.text).toBe(202);
  return created.json as { subscription: { id: string }; instance: { id: string; namespace: string } };
};

describe('an instance’s life on a real control plane', () => {
  it('suspends to zero keeping its volumes, resumes to Ready pods, renews, and cancels down to a finalized namespace', async () => {
    const { accessToken: token } = await api.register();
    const { subscription, instance } = await subscribe(token, 'wordpress', 'personal');
    expect((await settledInstance(api, token, subscription.id)).status).toBe('RUNNING');
    const claims = async () => (await adminClients().core.listNamespacedPersistentVolumeClaim({ namespace: instance.namespace })).items.map((c) => `${c.metadata?.name}:${c.status?.phase}`);
    const claimsBefore = await claims();
    expect(claimsBefore.length).toBeGreaterThan(0);

    expect((await api.call('POST', `/v1/admin/subscriptions/${subscription.id}/suspend`, { token: admin })).status).toBe(202);
    await until(() => podsOf(instance.namespace, instance.id), (pods) => pods.length === 0, 'the pods to be gone while suspended');
    expect(await claims()).toEqual(claimsBefore);

    expect((await api.call('POST', `/v1/admin/subscriptions/${subscription.id}/resume`, { token: admin })).json.status).toBe('ACTIVE');
    await until(() => podsOf(instance.namespace, instance.id), (pods) => pods.length > 0 && pods.every(isReady), 'Ready pods after the resume');
    expect((await api.call('POST', `/v1/subscriptions/${subscription.id}/renew`, { token })).status).toBe(200);

    expect((await api.call('POST', `/v1/subscriptions/${subscription.id}/cancel`, { token })).status).toBe(202);
    const deleted = await settledInstance(api, token, subscription.id, ['DELETED', 'FAILED']);
    expect(deleted.status).toBe('DELETED');
    // Deleted with foreground propagation: a workload stays, marked for deletion, until its pods have ended
    // (their grace period; slower on a loaded machine), then goes.
    await until(() => leftovers(instance.namespace, instance.id), (found) => found.length === 0, 'zero leftovers after the deprovisioning');
    // The customer's last instance: the namespace goes, finalized by the real namespace controller.
    await until(() => namespaceGone(instance.namespace), Boolean, `namespace ${instance.namespace} to be finalized`, 120_000);
  });

  it('rolls a rollout whose image cannot be pulled back to nothing, FAILED with a reason a customer can read', async () => {
    const { accessToken: token } = await api.register();
    const { subscription, instance } = await subscribe(token, 'broken-n8n');
    const failed = await settledInstance(api, token, subscription.id, ['FAILED', 'RUNNING']);
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toMatch(/^RolloutFailed: pod \S+, container n8n: image could not be pulled \(ImagePullBackOff\)$/);
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}`, { token })).json.status).toBe('FAILED');
    await until(() => leftovers(instance.namespace, instance.id), (found) => found.length === 0, 'zero leftovers after the rollback');
  });

  it('a new subscription while the customer’s namespace is still Terminating waits for it to go, then runs', async () => {
    const { accessToken: token } = await api.register();
    const first = await subscribe(token, 'n8n');
    expect((await settledInstance(api, token, first.subscription.id)).status).toBe('RUNNING');
    // Something in the namespace with a finalizer holds it in Terminating until the test lets go of it.
    const namespace = first.instance.namespace;
    await adminClients().core.createNamespacedConfigMap({ namespace, body: { metadata: { name: 'held', finalizers: ['test.paas.example/hold'] } } });
    expect((await api.call('POST', `/v1/subscriptions/${first.subscription.id}/cancel`, { token })).status).toBe(202);
    expect((await settledInstance(api, token, first.subscription.id, ['DELETED', 'FAILED'])).status).toBe('DELETED');
    await until(async () => (await adminClients().core.readNamespace({ name: namespace })).status?.phase, (phase) => phase === 'Terminating', 'the namespace to be Terminating');

    const second = await subscribe(token, 'n8n');
    await until(async () => (await api.call('GET', `/v1/subscriptions/${second.subscription.id}/instance`, { token })).json.steps as { step: string }[], () => true, 'the instance');
    // Held for a while: long enough that a retry giving up after ~30 s would have failed the provisioning.
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    expect((await api.call('GET', `/v1/subscriptions/${second.subscription.id}/instance`, { token })).json.status).toBe('PROVISIONING');
    await adminClients().core.patchNamespacedConfigMap({ name: 'held', namespace, body: [{ op: 'remove', path: '/metadata/finalizers' }] });
    const running = await settledInstance(api, token, second.subscription.id);
    expect(running.status, running.failureReason).toBe('RUNNING');
    expect((await adminClients().core.readNamespace({ name: namespace })).status?.phase).toBe('Active');
  });
});
