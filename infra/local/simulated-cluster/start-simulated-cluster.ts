import { writeKubeconfig as writeKubeconfigFile } from './kubeconfig';
import { createNamespaceLifecycle } from './namespace-lifecycle';
import { createObjectStore, type ObjectStore } from './object-store';
import type { Cluster } from './object-writes';
import { seedCluster } from './seed-objects';
import { serveCluster, type ServeOptions } from './server';
import { createWatchHub } from './watch';
import { createWorkloadController } from './workload-status';

/**
 * The simulated Kubernetes cluster of the local runtime (DESIGN section 6): the REST subset the platform
 * uses, served over plain HTTP on 127.0.0.1, so the platform's REST adapter, @kubernetes/client-node and kubectl
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
  /** Accept only requests whose Authorization header passes (default: any, or none). */
  authenticate?: ServeOptions['authenticate'];
  /** Serve HTTPS with this key and certificate (tests of the EKS path); default plain HTTP. */
  tls?: ServeOptions['tls'];
}

export interface InjectedFault {
  count: number;
  status: 429 | 500 | 502 | 503 | 504;
  method?: string;
  pathIncludes?: string;
}

export interface SimulatedCluster {
  /** `http://127.0.0.1:<port>` (https with `tls`) */
  url: string;
  kubeconfigPath?: string;
  writeKubeconfig(path: string): string;
  /**
   * Fails the next `count` API requests that match (method, and a substring of the path) with `status`
   * (429 throttling or a 5xx), the way a busy or broken API server does: fault tests of the retries.
   */
  injectFaults(fault: InjectedFault): void;
  /** Forgets every injected fault not yet spent. */
  clearFaults(): void;
  /** Changes the rollout delay or the failing images from now on. */
  configure(options: Pick<SimulatedClusterOptions, 'rolloutDelayMs' | 'failImage' | 'namespaceTerminationDelayMs'>): void;
  /** The objects themselves, for tests. */
  store: ObjectStore;
  /** API requests served so far (health probes aside), by `METHOD path`: the bench counts calls per provisioning. */
  requestCounts(): ReadonlyMap<string, number>;
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

  const counts = new Map<string, number>();
  const faults: InjectedFault[] = [];
  const fault = (method: string, path: string) => {
    const match = faults.find((f) => f.count > 0 && (!f.method || f.method === method) && (!f.pathIncludes || path.includes(f.pathIncludes)));
    if (!match) return undefined;
    match.count -= 1;
    return match.status;
  };
  const server = await serveCluster(cluster, watches, options.port ?? 0, '127.0.0.1', {
    authenticate: options.authenticate,
    tls: options.tls,
    fault,
    onRequest: (method, path) => counts.set(`${method} ${path}`, (counts.get(`${method} ${path}`) ?? 0) + 1),
  });
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
    requestCounts: () => counts,
    injectFaults: (injected) => void faults.push({ ...injected }),
    clearFaults: () => void faults.splice(0),
    stop: async () => {
      workloads.stop();
      namespaces.stop();
      await server.close();
    },
  };
};
