import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../shared/kubernetes/cluster';
import { kubeconfigFileSource } from '../../shared/kubernetes/kubeconfig-file-source';
import { FIELD_MANAGER, restCluster } from '../../shared/kubernetes/rest-cluster';
import { adminClients, realCluster } from './support/real-cluster';

/**
 * The platform's REST adapter (shared/kubernetes/rest-cluster.ts) on a real kube-apiserver, over TLS with
 * the CA its kubeconfig embeds: the verbs as the real server takes them (pages and their continue token,
 * JSON merge patch, forced server-side apply, foreground deletion, its Status messages). Checked through
 * @kubernetes/client-node, a client independent of it.
 */
const admin = () => restCluster(kubeconfigFileSource(realCluster().kubeconfigPath), { listPageSize: 2 });
const namespaceKind = { apiVersion: 'v1', kind: 'Namespace' };
const configMaps = { apiVersion: 'v1', kind: 'ConfigMap' };
const deployments = { apiVersion: 'apps/v1', kind: 'Deployment' };
const labels = { 'example.com/suite': 'rest-cluster' };

const deployment = (namespace: string, annotations: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace, labels, annotations },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
  },
});

describe('the REST adapter on a real API server', () => {
  it('follows the continue token through every page of a list', async () => {
    const cluster = admin();
    await cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'rest-pages', labels } }]);
    await cluster.apply(Array.from({ length: 5 }, (_, n) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `page-${n}`, namespace: 'rest-pages', labels }, data: { n: String(n) } })));
    const listed = await cluster.list(configMaps, { namespace: 'rest-pages', labelSelector: 'example.com/suite=rest-cluster' });
    expect(listed.map((item) => item.metadata.name)).toEqual(['page-0', 'page-1', 'page-2', 'page-3', 'page-4']);
    expect(listed.every((item) => item.apiVersion === 'v1' && item.kind === 'ConfigMap')).toBe(true);
    // Across namespaces, and a cluster-scoped kind, with the same pages.
    expect((await cluster.list(configMaps, { labelSelector: 'example.com/suite=rest-cluster' })).length).toBe(5);
    expect((await cluster.list(namespaceKind, { labelSelector: 'example.com/suite=rest-cluster' })).map((item) => item.metadata.name)).toContain('rest-pages');
  });

  it('merge-patches a Deployment as the platform field manager, a null removing what it names', async () => {
    const cluster = admin();
    await cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'rest-patch', labels } }, deployment('rest-patch', { 'example.com/keep': 'yes', 'example.com/drop': 'yes' })]);
    await cluster.mergePatch(deployments, 'web', 'rest-patch', { spec: { replicas: 0 }, metadata: { annotations: { 'example.com/drop': null } } });
    const patched = await adminClients().apps.readNamespacedDeployment({ name: 'web', namespace: 'rest-patch' });
    expect(patched.spec?.replicas).toBe(0);
    expect(patched.spec?.template.spec?.containers[0]?.image).toBe('nginx:1.27');
    expect(patched.metadata?.annotations).toMatchObject({ 'example.com/keep': 'yes' });
    expect(patched.metadata?.annotations).not.toHaveProperty('example.com/drop');
    expect(patched.metadata?.managedFields?.map((entry) => `${entry.manager}/${entry.operation}`)).toEqual(expect.arrayContaining([`${FIELD_MANAGER}/Apply`, `${FIELD_MANAGER}/Update`]));
  });

  it('takes a field another manager owns when it applies (force), and says what the server refused', async () => {
    const cluster = admin();
    await cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'rest-force', labels } }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owned', namespace: 'rest-force' }, data: { value: 'ours' } }]);
    await adminClients().core.replaceNamespacedConfigMap({ name: 'owned', namespace: 'rest-force', fieldManager: 'someone-else', body: { metadata: { name: 'owned', namespace: 'rest-force' }, data: { value: 'theirs' } } });
    await cluster.apply([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owned', namespace: 'rest-force' }, data: { value: 'ours again' } }]);
    expect((await adminClients().core.readNamespacedConfigMap({ name: 'owned', namespace: 'rest-force' })).data).toEqual({ value: 'ours again' });

    const refused = (await cluster.apply([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_Valid', namespace: 'rest-force' } }]).catch((error: Error) => error)) as Error;
    expect(refused).toMatchObject({ name: 'Error', message: expect.stringMatching(/^apply ConfigMap Not_Valid: the cluster answered 422 \(ConfigMap "Not_Valid" is invalid: metadata.name: Invalid value/) });
  });

  it('deletes in the foreground, and a second delete of what is going or gone is fine', async () => {
    const cluster = admin();
    const held = deployment('rest-delete');
    held.metadata = { ...held.metadata, finalizers: ['example.com/hold'] } as KubeObject['metadata'];
    await cluster.apply([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'rest-delete', labels } }, held]);
    await cluster.delete(deployments, 'web', 'rest-delete');
    // Held by its own finalizer, it shows how it is being deleted: the API server adds foregroundDeletion.
    const going = await cluster.read(deployments, 'web', 'rest-delete');
    expect(going?.metadata).toMatchObject({ deletionTimestamp: expect.any(String), finalizers: expect.arrayContaining(['foregroundDeletion', 'example.com/hold']) });
    await cluster.delete(deployments, 'web', 'rest-delete');
    await cluster.mergePatch(deployments, 'web', 'rest-delete', { metadata: { finalizers: null } });
    await cluster.delete(namespaceKind, 'rest-delete');
    await cluster.delete(namespaceKind, 'rest-delete');
    const namespace = await cluster.read(namespaceKind, 'rest-delete');
    expect(namespace === undefined || (namespace.status as { phase?: string }).phase === 'Terminating').toBe(true);
  });
});
