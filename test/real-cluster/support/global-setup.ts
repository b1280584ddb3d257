import type { TestProject } from 'vitest/node';
import { startPlatformCluster, type PlatformCluster } from '../../../infra/real-cluster/platform-cluster';
import { ensureRealClusterBuilt } from '../../../infra/real-cluster/build';

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
let cluster: PlatformCluster | undefined;

/**
 * One real control plane for every file of the `real-cluster` project, started before the first and stopped
 * after the last. The build runs first when the cache lacks it (the first run on a machine: 7–15 minutes),
 * so a suite never skips for want of its engine: it builds it or fails saying why.
 */
export const setup = async (project: TestProject) => {
  await ensureRealClusterBuilt({ log: (line) => console.log(`[cluster:build] ${line}`) });
  const started = Date.now();
  // The n8n template's image at version 'fail' stays in ImagePullBackOff and at 'crash' crash-loops after it
  // started (kwok's stages), so the rollback paths run for real.
  // The platform's RBAC applied and a user of its group made, as an operator readies an EKS cluster.
  // PAAS_REAL_CLUSTER_KEEP_DATA=1 keeps the components' logs (<dataDir>/logs) after the run, to read a failure.
  cluster = await startPlatformCluster({ nodes: NODES, failingImage: 'n8nio/n8n:fail', crashingImage: 'n8nio/n8n:crash', keepDataDir: process.env.PAAS_REAL_CLUSTER_KEEP_DATA === '1' });
  console.log(`[real-cluster] control plane up in ${((Date.now() - started) / 1000).toFixed(1)} s at ${cluster.server}, data in ${cluster.dataDir}`);
  project.provide('realCluster', {
    kubeconfigPath: cluster.kubeconfigPath,
    platformKubeconfigPath: cluster.platformKubeconfigPath,
    server: cluster.server,
    adminToken: cluster.adminToken,
    caCertPath: cluster.caCertPath,
    binDir: cluster.binDir,
    nodes: cluster.nodes,
  });
};

export const teardown = async () => {
  await cluster?.stop();
};
