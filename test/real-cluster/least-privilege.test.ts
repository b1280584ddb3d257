import { AppsV1Api, CoreV1Api, KubeConfig, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { settledInstance } from '../support/provisioning';
import { realCluster, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * The platform's Kubernetes identity holds least privilege, with the real RBAC authorizer and admission on:
 * it provisions into its customer namespaces (every other file of this project runs the platform as this
 * identity), and is refused Secrets and workloads in kube-system or any namespace it does not manage, and
 * the ways round that (binding itself a role elsewhere, adopting a namespace, deleting one not its own).
 */
const { api } = useRealClusterPlatform();
let customerNamespace: string;

const asPlatform = () => {
  const config = new KubeConfig();
  config.loadFromFile(realCluster().platformKubeconfigPath);
  return { core: config.makeApiClient(CoreV1Api), apps: config.makeApiClient(AppsV1Api), rbac: config.makeApiClient(RbacAuthorizationV1Api) };
};
/** The HTTP status the API server answered a call with (a refusal is an error), and its message. */
const answer = async (call: () => Promise<unknown>) => {
  try {
    await call();
    return { code: 200, message: '' };
  } catch (error) {
    const body = (error as { body?: unknown }).body;
    const status = (typeof body === 'string' ? JSON.parse(body) : body) as { message?: string } | undefined;
    return { code: (error as { code?: number }).code, message: status?.message ?? String(error) };
  }
};
const deployment = (namespace: string) => ({
  metadata: { name: 'intruder', namespace },
  spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'busybox:1' }] } } },
});

beforeAll(async () => {
  await registerKwokNodes(api);
  const { accessToken: token } = await api.register();
  const created = await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } });
  customerNamespace = created.json.instance.namespace;
  expect((await settledInstance(api, token, created.json.subscription.id)).status).toBe('RUNNING');
});

describe('the platform’s Kubernetes identity (infra/aws/kubernetes/platform-rbac.yaml) on a real API server', () => {
  it('reads the Secrets of the customer namespaces it manages, and is refused (403) those of kube-system and any other namespace', async () => {
    const platform = asPlatform();
    expect((await answer(() => platform.core.listNamespacedSecret({ namespace: customerNamespace }))).code).toBe(200);
    for (const namespace of ['kube-system', 'default']) {
      const refused = await answer(() => platform.core.listNamespacedSecret({ namespace }));
      expect(refused.code, namespace).toBe(403);
      expect(refused.message).toMatch(/cannot list resource "secrets"/);
    }
    expect((await answer(() => platform.core.listSecretForAllNamespaces())).code).toBe(403);
  });

  it('is refused (403) creating workloads in kube-system and in a namespace it does not manage', async () => {
    const platform = asPlatform();
    for (const namespace of ['kube-system', 'default']) {
      const refused = await answer(() => platform.apps.createNamespacedDeployment({ namespace, body: deployment(namespace) }));
      expect(refused.code, namespace).toBe(403);
    }
  });

  it('cannot get round it: no RoleBinding outside its namespaces, no namespace it did not make, none adopted or deleted', async () => {
    const platform = asPlatform();
    const binding = { metadata: { name: 'paas-platform-tenant' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'paas-platform-tenant' }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'paas-platform:provisioner' }] };
    const elsewhere = await answer(() => platform.rbac.createNamespacedRoleBinding({ namespace: 'kube-system', body: binding }));
    expect(elsewhere.code).toBe(403);
    expect(elsewhere.message).toMatch(/RoleBindings only in the namespaces it manages/);
    // Binding any other role, even in its own namespace, is an escalation RBAC refuses.
    const admin = await answer(() =>
      platform.rbac.createNamespacedRoleBinding({ namespace: customerNamespace, body: { ...binding, metadata: { name: 'escalate' }, roleRef: { ...binding.roleRef, name: 'admin' } } }),
    );
    expect(admin.code).toBe(403);
    const foreign = await answer(() => platform.core.createNamespace({ body: { metadata: { name: 'not-a-customer' } } }));
    expect(foreign.code).toBe(403);
    const adopt = await answer(() => platform.core.patchNamespace({ name: 'kube-system', body: [{ op: 'add', path: '/metadata/labels/paas.example~1managed-by', value: 'paas-platform' }] }));
    expect(adopt.code).toBe(403);
    expect((await answer(() => platform.core.deleteNamespace({ name: 'default' }))).code).toBe(403);
  });
});
