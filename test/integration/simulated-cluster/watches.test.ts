import { makeInformer, PatchStrategy, Watch, type V1Deployment } from '@kubernetes/client-node';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { kubectlPath } from '../../support/kubectl';
import { tenantManifests } from './tenant-manifests';
import { eventually, useSimulatedCluster } from './use-simulated-cluster';

/** Watches, as client-node's Watch and informers and kubectl's waits use them. */

const cluster = useSimulatedCluster({ rolloutDelayMs: 100 });

const applyTenant = async (namespace: string, image?: string) => {
  for (const object of tenantManifests(namespace, image))
    await cluster().objects.patch(object, undefined, undefined, 'paas-platform', true, PatchStrategy.ServerSideApply);
};

describe('simulated cluster watches', () => {
  it('streams a rollout to client-node Watch from the resourceVersion of a list', async () => {
    // Slow enough that the rollout finishes after the list below.
    cluster().cluster.configure({ rolloutDelayMs: 1_000 });
    await applyTenant('tenant-watch');
    cluster().cluster.configure({ rolloutDelayMs: 100 });
    const list = await cluster().apps.listNamespacedDeployment({ namespace: 'tenant-watch' });
    const seen: { phase: string; ready?: number }[] = [];
    const controller = await new Watch(cluster().config).watch(
      '/apis/apps/v1/namespaces/tenant-watch/deployments',
      { resourceVersion: list.metadata!.resourceVersion!, fieldSelector: 'metadata.name=ghost' },
      (phase, object: V1Deployment) => seen.push({ phase, ready: object.status?.readyReplicas }),
      () => undefined,
    );
    try {
      await eventually(async () => (seen.some((event) => event.ready === 1) ? true : undefined));
      await cluster().core.deleteNamespace({ name: 'tenant-watch' });
      await eventually(async () => (seen.at(-1)?.phase === 'DELETED' ? true : undefined));
    } finally {
      controller.abort();
    }
    expect(seen.map((event) => event.phase)).toEqual(['MODIFIED', 'DELETED']);
  });

  it('keeps an informer cache of pods in step with their workloads', async () => {
    const informer = makeInformer(cluster().config, '/api/v1/namespaces/tenant-informer/pods', () => cluster().core.listNamespacedPod({ namespace: 'tenant-informer' }));
    await applyTenant('tenant-informer');
    await informer.start();
    try {
      await eventually(async () => (informer.list('tenant-informer').some((pod) => pod.status?.phase === 'Running') ? true : undefined));
      await cluster().apps.patchNamespacedDeployment({ name: 'ghost', namespace: 'tenant-informer', body: [{ op: 'replace', path: '/spec/replicas', value: 0 }] });
      await eventually(async () => (informer.list('tenant-informer').length === 0 ? true : undefined));
    } finally {
      await informer.stop();
    }
  });

  it('lets kubectl wait: rollout status, and delete of a namespace', async () => {
    const { folder, kubeconfigPath } = cluster();
    const kubectl = (...args: string[]) =>
      promisify(execFile)(kubectlPath(), args, { env: { ...process.env, KUBECONFIG: kubeconfigPath, KUBECACHEDIR: join(folder, 'cache'), HOME: folder }, timeout: 20_000 });
    await applyTenant('tenant-wait');
    const rollout = await kubectl('rollout', 'status', 'deployment/ghost', '-n', 'tenant-wait', '--timeout=15s');
    expect(rollout.stdout).toContain('deployment "ghost" successfully rolled out');
    const deleted = await kubectl('delete', 'namespace', 'tenant-wait', '--timeout=15s');
    expect(deleted.stdout).toContain('namespace "tenant-wait" deleted');
    expect(deleted.stderr).toBe('');
  });
});
