import { PatchStrategy } from '@kubernetes/client-node';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { kubectlPath } from '../../support/kubectl';
import { tenantManifests } from './tenant-manifests';
import { eventually, useSimulatedCluster } from './use-simulated-cluster';

/** Upstream kubectl (built with the real control plane), pointed at the kubeconfig the simulated cluster wrote. */
const cluster = useSimulatedCluster({ rolloutDelayMs: 50 });
const NAMESPACE = 'tenant-kubectl';

const kubectl = async (...args: string[]) => {
  const { folder, kubeconfigPath } = cluster();
  const { stdout } = await promisify(execFile)(kubectlPath(), args, {
    // The discovery cache goes beside the kubeconfig, not into the home folder.
    env: { ...process.env, KUBECONFIG: kubeconfigPath, KUBECACHEDIR: join(folder, 'cache'), HOME: folder },
    timeout: 20_000,
  });
  return stdout;
};

describe('simulated cluster through kubectl', () => {
  beforeAll(async () => {
    for (const object of tenantManifests(NAMESPACE))
      await cluster().objects.patch(object, undefined, undefined, 'paas-platform', true, PatchStrategy.ServerSideApply);
    await eventually(async () => ((await cluster().apps.readNamespacedDeployment({ name: 'ghost', namespace: NAMESPACE })).status?.availableReplicas === 1 ? true : undefined));
  });

  it('kubectl get namespaces', async () => {
    const output = await kubectl('get', 'namespaces');
    expect(output).toMatch(/^NAME\s+STATUS\s+AGE/);
    expect(output).toMatch(new RegExp(`^${NAMESPACE}\\s+Active\\s`, 'm'));
    expect(output).toMatch(/^kube-system\s+Active/m);
  });

  it('kubectl get deploy,svc,ingress -A', async () => {
    const output = await kubectl('get', 'deploy,svc,ingress', '-A');
    expect(output).toMatch(new RegExp(`^${NAMESPACE}\\s+deployment.apps/ghost\\s+1/1\\s+1\\s+1\\s`, 'm'));
    expect(output).toMatch(new RegExp(`^${NAMESPACE}\\s+service/ghost\\s+ClusterIP\\s+10\\.96\\.\\S+\\s+<none>\\s+80/TCP\\s`, 'm'));
    expect(output).toMatch(new RegExp(`^${NAMESPACE}\\s+ingress.networking.k8s.io/ghost\\s+nginx\\s+${NAMESPACE}.example.com\\s`, 'm'));
  });

  it('kubectl describe ns', async () => {
    const output = await kubectl('describe', 'ns', NAMESPACE);
    expect(output).toMatch(new RegExp(`^Name:\\s+${NAMESPACE}$`, 'm'));
    expect(output).toMatch(/^Status:\s+Active$/m);
    expect(output).toMatch(/^\s*Name:\s+quota$/m);
    expect(output).toMatch(/requests\.storage\s+0\s+5Gi/);
  });

  it('kubectl get pods, nodes, and one object as JSON', async () => {
    expect(await kubectl('get', 'pods', '-n', NAMESPACE)).toMatch(/^ghost-\S+\s+1\/1\s+Running\s+0\s/m);
    expect(await kubectl('get', 'nodes')).toMatch(/^paas-local-node-1\s+Ready\s/m);
    const deployment = JSON.parse(await kubectl('get', 'deployment', 'ghost', '-n', NAMESPACE, '-o', 'json')) as { status: { readyReplicas: number } };
    expect(deployment.status.readyReplicas).toBe(1);
  });

  it('kubectl describe deployment shows its replica set and events', async () => {
    const output = await kubectl('describe', 'deployment', 'ghost', '-n', NAMESPACE);
    expect(output).toMatch(/^NewReplicaSet:\s+ghost-\S+ \(1\/1 replicas created\)$/m);
    expect(output).toMatch(/ScalingReplicaSet/);
  });
});
