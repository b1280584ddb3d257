import { ApiException, PatchStrategy, setHeaderOptions, type KubernetesObject, type V1Deployment } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { tenantManifests } from './tenant-manifests';
import { eventually, useSimulatedCluster } from './use-simulated-cluster';

/**
 * @kubernetes/client-node 2.x against the simulated cluster: the client the local job runner, the node
 * agent and the tests that check the cluster use (the platform's functions speak REST: rest-cluster.test.ts).
 */

const cluster = useSimulatedCluster({ rolloutDelayMs: 150 });
const MANAGER = 'paas-platform';

const apply = (object: KubernetesObject) => cluster().objects.patch(object, undefined, undefined, MANAGER, true, PatchStrategy.ServerSideApply);
const applyAll = async (objects: KubernetesObject[]) => {
  const applied: KubernetesObject[] = [];
  for (const object of objects) applied.push(await apply(object));
  return applied;
};
const condition = (deployment: V1Deployment, type: string) => deployment.status?.conditions?.find((c) => c.type === type);

describe('simulated cluster through @kubernetes/client-node', () => {
  it('applies a tenant server-side, and applying it again changes nothing', async () => {
    const first = await applyAll(tenantManifests('tenant-apply'));
    expect(first.map((object) => object.kind)).toEqual(['Namespace', 'ResourceQuota', 'Secret', 'PersistentVolumeClaim', 'Deployment', 'Service', 'Ingress', 'NetworkPolicy']);
    for (const object of first) {
      expect(object.metadata?.uid).toBeTruthy();
      expect(object.metadata?.managedFields?.[0]).toMatchObject({ manager: MANAGER, operation: 'Apply' });
    }

    // Once the rollout is over nothing moves by itself: an unchanged re-apply must leave every object as it is.
    await eventually(async () => ((await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'tenant-apply' })).status?.availableReplicas === 1 ? true : undefined));
    const settled = await Promise.all(first.map((object) => cluster().objects.read(object as KubernetesObject & { metadata: { name: string } })));
    const again = await applyAll(tenantManifests('tenant-apply'));
    expect(again.map((o) => o.metadata?.resourceVersion)).toEqual(settled.map((o) => o.metadata?.resourceVersion));
    expect(again.map((o) => o.metadata?.managedFields)).toEqual(settled.map((o) => o.metadata?.managedFields));
    expect((again[4] as V1Deployment).metadata?.generation).toBe(1);

    const secret = await cluster().core.readNamespacedSecret({ name: 'ghost-db', namespace: 'tenant-apply' });
    expect(Buffer.from(secret.data!.password!, 'base64').toString()).toBe('s3cret');
    const claim = await cluster().core.readNamespacedPersistentVolumeClaim({ name: 'ghost-content', namespace: 'tenant-apply' });
    expect(claim.status?.phase).toBe('Bound');
    const service = await cluster().core.readNamespacedService({ name: 'ghost', namespace: 'tenant-apply' });
    expect(service.spec?.clusterIP).toMatch(/^10\.96\./);
  });

  it('drops a field the manager no longer applies, and bumps resourceVersion and generation on a change', async () => {
    const [namespace, , , , deployment] = tenantManifests('tenant-change');
    await apply(namespace!);
    const created = (await apply(deployment!)) as V1Deployment;
    const changed = structuredClone(deployment) as V1Deployment;
    changed.metadata!.labels = { 'app.kubernetes.io/managed-by': 'paas' };
    changed.spec!.template.spec!.containers[0]!.image = 'ghost:5.81';
    const updated = (await apply(changed)) as V1Deployment;
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(Number(created.metadata?.resourceVersion));
    expect(updated.metadata?.generation).toBe(2);
    expect(updated.metadata?.labels).toEqual({ 'app.kubernetes.io/managed-by': 'paas' });
    expect(updated.spec?.template.spec?.containers[0]?.image).toBe('ghost:5.81');
  });

  it('lists by label selector in one namespace and across all of them', async () => {
    await applyAll(tenantManifests('tenant-list-a'));
    await applyAll(tenantManifests('tenant-list-b'));
    const all = await cluster().apps.listDeploymentForAllNamespaces({ labelSelector: 'app.kubernetes.io/managed-by=paas,paas.example/tenant in (tenant-list-a,tenant-list-b)' });
    expect(all.items.map((d) => `${d.metadata?.namespace}/${d.metadata?.name}`)).toEqual(['tenant-list-a/ghost', 'tenant-list-b/ghost']);
    const others = await cluster().apps.listDeploymentForAllNamespaces({ labelSelector: 'paas.example/tenant,paas.example/tenant notin (tenant-list-a,tenant-list-b)' });
    expect(others.items.map((d) => d.metadata?.namespace)).not.toContain('tenant-list-a');
    const one = await cluster().core.listNamespacedService({ namespace: 'tenant-list-b', labelSelector: 'paas.example/tenant=tenant-list-b' });
    expect(one.items.map((s) => s.metadata?.name)).toEqual(['ghost']);
    const none = await cluster().networking.listIngressForAllNamespaces({ labelSelector: '!app.kubernetes.io/managed-by' });
    expect(none.items).toEqual([]);
    const namespaces = await cluster().core.listNamespace({ labelSelector: 'paas.example/tenant!=tenant-list-a,app.kubernetes.io/managed-by=paas' });
    expect(namespaces.items.map((n) => n.metadata?.name)).toContain('tenant-list-b');
    expect(namespaces.items.map((n) => n.metadata?.name)).not.toContain('tenant-list-a');
    const generic = await cluster().objects.list('networking.k8s.io/v1', 'NetworkPolicy', 'tenant-list-a');
    expect(generic.items.map((p) => p.metadata?.name)).toEqual(['default-deny']);
  });

  it('makes a Deployment available after the rollout delay, with its pods', async () => {
    await applyAll(tenantManifests('tenant-rollout'));
    const started = await cluster().apps.readNamespacedDeploymentStatus({ name: 'ghost', namespace: 'tenant-rollout' });
    expect(started.status?.readyReplicas ?? 0).toBe(0);
    expect(condition(started, 'Progressing')?.status).toBe('True');
    const ready = await eventually(async () => {
      const deployment = await cluster().apps.readNamespacedDeploymentStatus({ name: 'ghost', namespace: 'tenant-rollout' });
      return deployment.status?.availableReplicas === 1 ? deployment : undefined;
    });
    expect(ready.status).toMatchObject({ replicas: 1, readyReplicas: 1, updatedReplicas: 1, observedGeneration: ready.metadata?.generation });
    expect(condition(ready, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(condition(ready, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    const pods = await cluster().core.listNamespacedPod({ namespace: 'tenant-rollout', labelSelector: 'app.kubernetes.io/name=ghost' });
    expect(pods.items.map((pod) => pod.status?.phase)).toEqual(['Running']);
  });

  it('rolls a StatefulSet out after the delay and scales it through its scale subresource', async () => {
    const [namespace] = tenantManifests('tenant-sts');
    await apply(namespace!);
    const labels = { app: 'mysql' };
    await apply({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'mysql', namespace: 'tenant-sts' },
      spec: {
        replicas: 2,
        serviceName: 'mysql',
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [{ name: 'mysql', image: 'mysql:8.4' }] } },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    } as KubernetesObject);
    const ready = await eventually(async () => {
      const statefulSet = await cluster().apps.readNamespacedStatefulSetStatus({ name: 'mysql', namespace: 'tenant-sts' });
      return statefulSet.status?.readyReplicas === 2 ? statefulSet : undefined;
    });
    expect(ready.status?.currentRevision).toBe(ready.status?.updateRevision);
    const pods = await cluster().core.listNamespacedPod({ namespace: 'tenant-sts', labelSelector: 'app=mysql' });
    expect(pods.items.map((pod) => pod.metadata?.name)).toEqual(['mysql-0', 'mysql-1']);

    await cluster().apps.replaceNamespacedStatefulSetScale({ name: 'mysql', namespace: 'tenant-sts', body: { metadata: { name: 'mysql', namespace: 'tenant-sts' }, spec: { replicas: 0 } } });
    const stopped = await cluster().apps.readNamespacedStatefulSet({ name: 'mysql', namespace: 'tenant-sts' });
    expect(stopped.status).toMatchObject({ replicas: 0 });
    expect(stopped.status?.readyReplicas ?? 0).toBe(0);
  });

  it('fails a rollout whose image cannot be pulled: Progressing False and a Warning event', async () => {
    await applyAll(tenantManifests('tenant-fail', 'ghost:fail'));
    const failed = await eventually(async () => {
      const deployment = await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'tenant-fail' });
      return condition(deployment, 'Progressing')?.status === 'False' ? deployment : undefined;
    });
    expect(condition(failed, 'Progressing')?.reason).toBe('ProgressDeadlineExceeded');
    expect(failed.status?.readyReplicas ?? 0).toBe(0);
    const events = await cluster().core.listNamespacedEvent({ namespace: 'tenant-fail', fieldSelector: 'type=Warning' });
    expect(events.items.map((event) => event.message)).toEqual([expect.stringContaining('Failed to pull image "ghost:fail"')]);
    const pods = await cluster().core.listNamespacedPod({ namespace: 'tenant-fail' });
    expect(pods.items[0]?.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ImagePullBackOff');

    // The rollback: the previous image applied again rolls out.
    await applyAll(tenantManifests('tenant-fail'));
    const recovered = await eventually(async () => {
      const deployment = await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'tenant-fail' });
      return deployment.status?.availableReplicas === 1 ? deployment : undefined;
    });
    expect(condition(recovered, 'Progressing')?.status).toBe('True');
  });

  it('scales to zero at once through a patch of the scale subresource or of spec.replicas', async () => {
    await applyAll(tenantManifests('tenant-scale'));
    const scale = await cluster().apps.patchNamespacedDeploymentScale(
      { name: 'ghost', namespace: 'tenant-scale', body: { spec: { replicas: 0 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(scale.spec?.replicas).toBe(0);
    const suspended = await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'tenant-scale' });
    expect(suspended.spec?.replicas).toBe(0);
    expect(suspended.status?.replicas ?? 0).toBe(0);
    expect(condition(suspended, 'Available')?.status).toBe('True');
    expect((await cluster().core.listNamespacedPod({ namespace: 'tenant-scale' })).items).toEqual([]);

    // A JSON Patch (client-node's default content type) on the Deployment itself resumes it.
    await cluster().apps.patchNamespacedDeployment({ name: 'ghost', namespace: 'tenant-scale', body: [{ op: 'replace', path: '/spec/replicas', value: 1 }] });
    await eventually(async () => ((await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: 'tenant-scale' })).status?.readyReplicas === 1 ? true : undefined));
  });

  it('deletes a namespace with everything in it', async () => {
    await applyAll(tenantManifests('tenant-delete'));
    // Terminating long enough to try a create in it, however slow this machine is.
    cluster().cluster.configure({ namespaceTerminationDelayMs: 1_500 });
    const deleted = await cluster().core.deleteNamespace({ name: 'tenant-delete' });
    expect(deleted).toMatchObject({ status: { phase: 'Terminating' } });
    expect((await cluster().apps.listNamespacedDeployment({ namespace: 'tenant-delete' })).items).toEqual([]);
    expect((await cluster().core.listNamespacedSecret({ namespace: 'tenant-delete' })).items).toEqual([]);
    const refused = await cluster().core.createNamespacedConfigMap({ namespace: 'tenant-delete', body: { metadata: { name: 'late' } } }).catch((error: ApiException<string>) => error);
    expect((refused as ApiException<string>).code).toBe(403);
    await eventually(async () =>
      cluster()
        .core.readNamespace({ name: 'tenant-delete' })
        .then(() => undefined)
        .catch((error: ApiException<string>) => (error.code === 404 ? true : undefined)),
    );
  });

  it('answers missing objects and duplicate creates in Kubernetes Status shape', async () => {
    const missing = (await cluster().apps.readNamespacedDeployment({ name: 'nope', namespace: 'default' }).catch((error) => error)) as ApiException<string>;
    expect(missing.code).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'deployments.apps "nope" not found', details: { name: 'nope', group: 'apps', kind: 'deployments' } });
    await cluster().core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'once' }, data: { a: '1' } } });
    const duplicate = (await cluster().core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'once' } } }).catch((error) => error)) as ApiException<string>;
    expect(duplicate.code).toBe(409);
    expect(JSON.parse(duplicate.body)).toMatchObject({ kind: 'Status', reason: 'AlreadyExists', code: 409 });
  });

  it('lists the fake nodes', async () => {
    const nodes = await cluster().core.listNode();
    expect(nodes.items.map((node) => node.metadata?.name)).toEqual(['paas-local-node-1', 'paas-local-node-2']);
    expect(nodes.items[0]?.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });
});
