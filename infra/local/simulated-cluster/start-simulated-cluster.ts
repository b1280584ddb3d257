import { writeKubeconfig as writeKubeconfigFile } from './kubeconfig';
import { createNamespaceLifecycle } from './namespace-lifecycle';
import { createObjectStore, type ObjectStore } from './object-store';
import type { Cluster } from './object-writes';
import { seedCluster } from './seed-objects';
import { serveCluster } from './server';
import { createWatchHub } from './watch';
import { createWorkloadController } from './workload-status';

/**
 * The simulated Kubernetes cluster of the local runtime (DESIGN section 6): the REST subset the platform
 * uses, served over plain HTTP on 127.0.0.1, so the real @kubernetes/client-node code path and kubectl
 * run against it. State lives in memory and is gone when it stops.
 */

/** Images whose tag is `fail`, or that mention `cannot-pull`, cannot be pulled. */
export const DEFAULT_FAIL_IMAGE = /(:fail(@|$))|cannot-pull/;

export interface SimulatedClusterOptions {
  /** How long a rollout takes until the pods are ready (or the rollout fails). Default 2000 ms. */
  rolloutDelayMs?: number;
  /** Which container images "cannot be pulled"; a rollout using one fails. Default DEFAULT_FAIL_IMAGE. */
  failImage?: RegExp | ((image: string) => boolean);
  /** How long a deleted namespace stays Terminating after its contents are gone. Default 500 ms; 0: none. */
  namespaceTerminationDelayMs?: number;
  /** Fake worker nodes. Default 2. */
  nodes?: number;
  /** Port to listen on; default 0 (a free one). */
  port?: number;
  /** Write a kubeconfig here once listening. */
  kubeconfigPath?: string;
}

export interface SimulatedCluster {
  /** `http://127.0.0.1:<port>` */
  url: string;
  kubeconfigPath?: string;
  writeKubeconfig(path: string): string;
  /** Changes the rollout delay or the failing images from now on. */
  configure(options: Pick<SimulatedClusterOptions, 'rolloutDelayMs' | 'failImage' | 'namespaceTerminationDelayMs'>): void;
  /** The objects themselves, for tests. */
  store: ObjectStore;
  stop(): Promise<void>;
}

const toPredicate = (pattern: RegExp | ((image: string) => boolean)) =>
  typeof pattern === 'function' ? pattern : (image: string) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(image);

export const startSimulatedCluster = async (options: SimulatedClusterOptions = {}): Promise<SimulatedCluster> => {
  const settings = {
    rolloutDelayMs: options.rolloutDelayMs ?? 2000,
    failImage: toPredicate(options.failImage ?? DEFAULT_FAIL_IMAGE),
    namespaceTerminationDelayMs: options.namespaceTerminationDelayMs ?? 500,
  };
  const now = () => new Date();
  const store = createObjectStore();
  const workloads = createWorkloadController(store, () => settings, now);
  const namespaces = createNamespaceLifecycle(store, () => settings.namespaceTerminationDelayMs, now);
  const cluster: Cluster = { store, workloads, namespaces, now, failImage: (image) => settings.failImage(image) };
  const watches = createWatchHub(store, cluster);
  seedCluster(store, namespaces, options.nodes ?? 2, now());

  const server = await serveCluster(cluster, watches, options.port ?? 0);
  const writeKubeconfig = (path: string) => writeKubeconfigFile(path, server.url);
  return {
    url: server.url,
    ...(options.kubeconfigPath && { kubeconfigPath: writeKubeconfig(options.kubeconfigPath) }),
    writeKubeconfig,
    configure: (changes) => {
      if (changes.rolloutDelayMs !== undefined) settings.rolloutDelayMs = changes.rolloutDelayMs;
      if (changes.failImage !== undefined) settings.failImage = toPredicate(changes.failImage);
      if (changes.namespaceTerminationDelayMs !== undefined) settings.namespaceTerminationDelayMs = changes.namespaceTerminationDelayMs;
    },
    store,
    stop: async () => {
      workloads.stop();
      namespaces.stop();
      await server.close();
    },
  };
};
