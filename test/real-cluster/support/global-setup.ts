import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { PLATFORM_GROUP } from '../../../shared/provisioning/tenant/role-binding';
import { ensureRealClusterBuilt } from '../../../infra/real-cluster/build';
import { startRealCluster, type RealCluster } from '../../../infra/real-cluster/start-real-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared real control plane of this run (infra/real-cluster): admin kubeconfig, server and token. */
    realCluster: {
      /** The cluster admin's (system:masters): for the tests' own reads and for what an operator applies. */
      kubeconfigPath: string;
      /** The platform's identity: group paas-platform:provisioner, with exactly infra/aws/kubernetes/platform-rbac.yaml's rights. */
      platformKubeconfigPath: string;
      server: string;
      adminToken: string;
      caCertPath: string;
      binDir: string;
      nodes: string[];
    };
  }
}

/** Fake nodes the shared control plane starts with (kwok-node-1..N); files may add their own. */
const NODES = 3;
let cluster: RealCluster | undefined;

/**
 * One real control plane for every file of the `real-cluster` project, started before the first and stopped
 * after the last. The build runs first when the cache lacks it (the first run on a machine: 15–30 minutes),
 * so a suite never skips for want of its engine: it builds it or fails saying why.
 */
export const setup = async (project: TestProject) => {
  await ensureRealClusterBuilt({ log: (line) => console.log(`[cluster:build] ${line}`) });
  const started = Date.now();
  // The n8n template's image at version 'fail' stays in ImagePullBackOff (kwok's stage), so the rollback path runs for real.
  // The platform gets a user in the group the stack's EKS access entries map its functions to.
  cluster = await startRealCluster({ nodes: NODES, failingImage: 'n8nio/n8n:fail', users: [{ name: 'paas-platform', groups: [PLATFORM_GROUP] }] });
  // What an operator applies once per cluster (docs/deployment.md): the platform's RBAC and admission policy.
  await promisify(execFile)(join(cluster.binDir, 'kubectl'), ['--kubeconfig', cluster.kubeconfigPath, 'apply', '-f', 'infra/aws/kubernetes/platform-rbac.yaml']);
  console.log(`[real-cluster] control plane up in ${((Date.now() - started) / 1000).toFixed(1)} s at ${cluster.server}`);
  project.provide('realCluster', {
    kubeconfigPath: cluster.kubeconfigPath,
    platformKubeconfigPath: cluster.userKubeconfigs['paas-platform']!,
    server: cluster.server,
    adminToken: cluster.adminToken,
    caCertPath: cluster.caCertPath,
    binDir: cluster.binDir,
    nodes: Array.from({ length: NODES }, (_, i) => `kwok-node-${i + 1}`),
  });
};

export const teardown = async () => {
  await cluster?.stop();
};
