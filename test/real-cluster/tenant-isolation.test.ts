import { beforeAll, describe, expect, it } from 'vitest';
import { settledInstance } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * Tenant isolation as the real admission plugins enforce it (PodSecurity, ResourceQuota, LimitRanger), not as
 * the platform believes it: a pod the plan does not allow is refused by the API server itself.
 */
const { api } = useRealClusterPlatform();
let admin: string;
let token: string;
let namespace: string;
let subscriptionId: string;

beforeAll(async () => {
  ({ admin } = await registerKwokNodes(api));
  token = (await api.register()).accessToken;
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'ghost', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  ({ namespace } = created.json.instance);
  subscriptionId = created.json.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
});

/** A pod as a customer's own manifest might ask for it, created by the cluster admin: only admission stands in the way. */
const tryPod = async (name: string, spec: { privileged?: boolean; cpu?: string; memory?: string }) => {
  const securityContext = spec.privileged
    ? { privileged: true }
    : { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 1000, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
  try {
    await adminClients().core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name },
        spec: {
          automountServiceAccountToken: false,
          containers: [{ name: 'c', image: 'busybox:1', securityContext, resources: { requests: { cpu: spec.cpu ?? '50m', memory: spec.memory ?? '32Mi' }, limits: { cpu: spec.cpu ?? '50m', memory: spec.memory ?? '32Mi' } } }],
        },
      },
    });
    await adminClients().core.deleteNamespacedPod({ name, namespace });
    return { admitted: true, message: '' };
  } catch (error) {
    // The API server's Status: its message says which admission refused the pod, and why.
    const body = (error as { body?: unknown }).body;
    const status = (typeof body === 'string' ? JSON.parse(body) : body) as { message?: string } | undefined;
    return { admitted: false, message: status?.message ?? String(error) };
  }
};

describe('tenant isolation enforced by the real admission plugins', () => {
  it('labels the tenant namespace for Pod Security `restricted`, whose admission refuses a privileged pod', async () => {
    const labels = (await adminClients().core.readNamespace({ name: namespace })).metadata?.labels ?? {};
    expect(labels).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'restricted' });
    const privileged = await tryPod('privileged', { privileged: true });
    expect(privileged.admitted).toBe(false);
    expect(privileged.message).toMatch(/violates PodSecurity "restricted/);
  });

  it('refuses, through ResourceQuota and LimitRange admission, a pod beyond the plan', async () => {
    // Ghost's starter plan: 500m and 1 GiB for the whole namespace, already used by the instance.
    const beyond = await tryPod('beyond-plan', { cpu: '2', memory: '4Gi' });
    expect(beyond.admitted).toBe(false);
    expect(beyond.message).toMatch(/exceeded quota|maximum (cpu|memory) usage per Container/);
  });

  it('refuses any new pod in a suspended namespace (quota zero), and admits the instance again on resume', async () => {
    expect((await api.call('POST', `/v1/admin/subscriptions/${subscriptionId}/suspend`, { token: admin })).status).toBe(202);
    const during = await tryPod('while-suspended', { cpu: '10m', memory: '16Mi' });
    expect(during.admitted).toBe(false);
    expect(during.message).toMatch(/exceeded quota/);
    expect((await api.call('POST', `/v1/admin/subscriptions/${subscriptionId}/resume`, { token: admin })).json.status).toBe('ACTIVE');
    const instance = await settledInstance(api, token, subscriptionId);
    expect(instance.status).toBe('RUNNING');
  });
});
