import type { V1Deployment } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { LogUnavailableError, TransientError, type KubeObject } from '../../../shared/kubernetes/cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { FIELD_MANAGER, restCluster } from '../../../shared/kubernetes/rest-cluster';
import { tenantManifests } from './tenant-manifests';
import { eventually, useSimulatedCluster } from './use-simulated-cluster';

/**
 * The platform's own code path: its REST adapter (shared/kubernetes/rest-cluster.ts) against the simulated
 * cluster, loaded from the kubeconfig the local runtime writes. What it did is checked through
 * @kubernetes/client-node, a client independent of it.
 */

const cluster = useSimulatedCluster({ rolloutDelayMs: 150 });
let port: ReturnType<typeof restCluster> | undefined;
const platform = () => (port ??= restCluster(kubeconfigFileSource(cluster().kubeconfigPath)));
const tenant = (namespace: string, image?: string) => tenantManifests(namespace, image) as unknown as KubeObject[];
const deployments = { apiVersion: 'apps/v1', kind: 'Deployment' };
const requestsTo = (path: string) => [...cluster().cluster.requestCounts()].filter(([request]) => request.endsWith(` ${path}`)).reduce((sum, [, count]) => sum + count, 0);

describe("the platform's REST adapter against the simulated cluster", () => {
  it('applies a tenant server-side as the platform field manager, and applying it again changes nothing', async () => {
    await platform().apply(tenant('rest-apply'));
    const applied = await Promise.all(tenant('rest-apply').map((object) => cluster().objects.read(object as never)));
    expect(applied.map((object) => object.kind)).toEqual(['Namespace', 'ResourceQuota', 'Secret', 'PersistentVolumeClaim', 'Deployment', 'Service', 'Ingress', 'NetworkPolicy']);
    for (const object of applied) expect(object.metadata?.managedFields?.[0]).toMatchObject({ manager: FIELD_MANAGER, operation: 'Apply' });

    // Once the rollout is over nothing moves by itself: an unchanged re-apply must leave every object as it is.
    await eventually(async () => ((await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'rest-apply' })).status?.availableReplicas === 1 ? true : undefined));
    const settled = await Promise.all(tenant('rest-apply').map((object) => cluster().objects.read(object as never)));
    await platform().apply(tenant('rest-apply'));
    const again = await Promise.all(tenant('rest-apply').map((object) => cluster().objects.read(object as never)));
    expect(again.map((o) => o.metadata?.resourceVersion)).toEqual(settled.map((o) => o.metadata?.resourceVersion));
    const secret = await cluster().core.readNamespacedSecret({ name: 'ghost-db', namespace: 'rest-apply' });
    expect(Buffer.from(secret.data!.password!, 'base64').toString()).toBe('s3cret');
  });

  it('finds each kind’s resource and scope by discovery, fetching each group-version document once', async () => {
    await platform().apply(tenant('rest-discovery'));
    const fresh = restCluster(kubeconfigFileSource(cluster().kubeconfigPath));
    const before = { core: requestsTo('/api/v1'), apps: requestsTo('/apis/apps/v1'), networking: requestsTo('/apis/networking.k8s.io/v1') };
    const policies = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' };
    expect(await fresh.read(policies, 'default-deny', 'rest-discovery')).toMatchObject({ kind: 'NetworkPolicy', metadata: { namespace: 'rest-discovery' } });
    await fresh.list(policies, { namespace: 'rest-discovery' });
    await fresh.read({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-discovery');
    await fresh.list({ apiVersion: 'v1', kind: 'Namespace' }, { labelSelector: 'paas.example/tenant=rest-discovery' });
    await fresh.read(deployments, 'ghost', 'rest-discovery');
    await fresh.read(deployments, 'ghost', 'rest-discovery');
    expect({ core: requestsTo('/api/v1'), apps: requestsTo('/apis/apps/v1'), networking: requestsTo('/apis/networking.k8s.io/v1') }).toEqual({
      core: before.core + 1,
      apps: before.apps + 1,
      networking: before.networking + 1,
    });
    await expect(platform().read({ apiVersion: 'apps/v1', kind: 'Gadget' }, 'x', 'default')).rejects.toThrow('the cluster serves no kind Gadget in apps/v1');
    await expect(platform().read({ apiVersion: 'gadgets.example.com/v1', kind: 'Gadget' }, 'x', 'default')).rejects.toThrow(/discover \/apis\/gadgets.example.com\/v1: the cluster answered 404/);
  });

  it('lists by label selector in one namespace and across all of them, each item with its apiVersion and kind', async () => {
    await platform().apply(tenant('rest-list-a'));
    await platform().apply(tenant('rest-list-b'));
    const all = await platform().list(deployments, { labelSelector: 'app.kubernetes.io/managed-by=paas,paas.example/tenant in (rest-list-a,rest-list-b)' });
    expect(all.map((d) => `${d.metadata.namespace}/${d.metadata.name}`)).toEqual(['rest-list-a/ghost', 'rest-list-b/ghost']);
    expect(all[0]).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    const one = await platform().list({ apiVersion: 'v1', kind: 'Service' }, { namespace: 'rest-list-b', labelSelector: 'paas.example/tenant=rest-list-b' });
    expect(one.map((s) => s.metadata.name)).toEqual(['ghost']);
    const namespaces = await platform().list({ apiVersion: 'v1', kind: 'Namespace' }, { labelSelector: 'paas.example/tenant!=rest-list-a,app.kubernetes.io/managed-by=paas' });
    expect(namespaces.map((n) => n.metadata.name)).toContain('rest-list-b');
    expect(namespaces.map((n) => n.metadata.name)).not.toContain('rest-list-a');
  });

  it('reads an object as the API server stores it, and a missing one as undefined', async () => {
    await platform().apply(tenant('rest-read'));
    expect(await platform().read({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-read')).toMatchObject({ metadata: { name: 'rest-read', labels: { 'paas.example/tenant': 'rest-read' } } });
    const deployment = await platform().read(deployments, 'ghost', 'rest-read');
    expect(deployment).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 1 } });
    expect(typeof deployment?.metadata.resourceVersion).toBe('string');
    expect(await platform().read(deployments, 'nope', 'rest-read')).toBeUndefined();
  });

  it('lands concurrent merge patches of one Deployment, and a null removes what it names', async () => {
    await platform().apply(tenant('rest-merge'));
    await Promise.all(Array.from({ length: 8 }, (_, n) => platform().mergePatch(deployments, 'ghost', 'rest-merge', { metadata: { annotations: { [`example.com/patch-${n}`]: String(n) } } })));
    const patched = await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'rest-merge' });
    for (let n = 0; n < 8; n++) expect(patched.metadata?.annotations?.[`example.com/patch-${n}`]).toBe(String(n));

    await platform().mergePatch(deployments, 'ghost', 'rest-merge', { spec: { replicas: 0 }, metadata: { annotations: { 'example.com/patch-0': null } } });
    const scaled = (await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'rest-merge' })) as V1Deployment;
    expect(scaled.spec?.replicas).toBe(0);
    expect(scaled.spec?.template.spec?.containers[0]?.image).toBe('ghost:5.80');
    expect(scaled.metadata?.annotations).not.toHaveProperty('example.com/patch-0');
    expect(scaled.metadata?.annotations?.['example.com/patch-1']).toBe('1');
    await expect(platform().mergePatch(deployments, 'nope', 'rest-merge', { spec: { replicas: 0 } })).rejects.toThrow(/patch Deployment nope: the cluster answered 404 \(deployments.apps "nope" not found\)/);
  });

  it('deletes a namespace with everything in it, and deleting what is gone is fine', async () => {
    await platform().apply(tenant('rest-delete'));
    cluster().cluster.configure({ namespaceTerminationDelayMs: 1_500 });
    await platform().delete({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-delete');
    expect(await platform().read({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-delete')).toMatchObject({ status: { phase: 'Terminating' } });
    await platform().delete({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-delete');
    expect(await platform().list(deployments, { namespace: 'rest-delete' })).toEqual([]);

    // Kubernetes refuses creates in a terminating namespace: the workflow retries them once it is gone.
    const late = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'rest-delete' } };
    await expect(platform().apply([late])).rejects.toMatchObject({ name: 'TransientError', message: expect.stringContaining('apply ConfigMap late: 403') });
    await eventually(async () => ((await platform().read({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-delete')) === undefined ? true : undefined));
    await platform().delete({ apiVersion: 'v1', kind: 'Namespace' }, 'rest-delete');
    await platform().delete(deployments, 'ghost', 'rest-delete');
    // Its namespace gone, an apply into it is passing too: the step's retry applies the namespace first.
    await expect(platform().apply([late])).rejects.toMatchObject({ name: 'TransientError', message: 'apply ConfigMap late: its namespace is gone' });
    cluster().cluster.configure({ namespaceTerminationDelayMs: 100 });
  });

  it('makes throttling and server errors TransientError, and a refusal an Error with the API server’s message', async () => {
    await platform().apply(tenant('rest-errors').slice(0, 1));
    cluster().cluster.injectFaults({ count: 1, status: 429, method: 'GET', pathIncludes: '/namespaces/rest-errors/deployments' });
    await expect(platform().list(deployments, { namespace: 'rest-errors' })).rejects.toMatchObject({ name: 'TransientError', message: 'list Deployment: 429' });
    cluster().cluster.injectFaults({ count: 1, status: 503, method: 'PATCH', pathIncludes: '/namespaces/rest-errors' });
    await expect(platform().apply([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'rest-errors' } }])).rejects.toBeInstanceOf(TransientError);

    const invalid = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_A_Name', namespace: 'rest-errors' } };
    const refused = (await platform().apply([invalid]).catch((error: Error) => error)) as Error;
    expect(refused.name).toBe('Error');
    expect(refused.message).toMatch(/^apply ConfigMap Not_A_Name: the cluster answered 422 \(.*Not_A_Name.*\)$/);
  });

  it('makes an API server it cannot reach a TransientError', async () => {
    const { writeKubeconfig } = await import('../../../infra/local/simulated-cluster/kubeconfig');
    const path = writeKubeconfig(`${cluster().folder}/unreachable`, 'http://127.0.0.1:9');
    await expect(restCluster(kubeconfigFileSource(path)).read({ apiVersion: 'v1', kind: 'Namespace' }, 'default')).rejects.toMatchObject({
      name: 'TransientError',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it("reads a container's log as text, cut by the API server's own parameters", async () => {
    await platform().apply(tenant('rest-logs'));
    const pod = await eventually(async () => {
      const [running] = await platform().list({ apiVersion: 'v1', kind: 'Pod' }, { namespace: 'rest-logs' });
      return (running?.status as { phase?: string } | undefined)?.phase === 'Running' ? running : undefined;
    });
    const all = await platform().logs('rest-logs', pod.metadata.name, { container: 'ghost' });
    expect(all?.trimEnd().split('\n')).toHaveLength(4);
    expect(await platform().logs('rest-logs', pod.metadata.name, { container: 'ghost', tailLines: 1 })).toMatch(/ghost: ready\n$/);
    expect(await platform().logs('rest-logs', pod.metadata.name, { container: 'ghost', limitBytes: 5 })).toHaveLength(5);
    expect(await platform().logs('rest-logs', 'gone', { container: 'ghost' })).toBeUndefined();
    const unavailable = await platform().logs('rest-logs', pod.metadata.name, { container: 'sidecar' }).catch((error: Error) => error);
    expect(unavailable).toBeInstanceOf(LogUnavailableError);
    expect((unavailable as Error).message).toBe(`container sidecar is not valid for pod ${pod.metadata.name}`);
  });
});
