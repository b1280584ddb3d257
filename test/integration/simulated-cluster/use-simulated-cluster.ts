import { AppsV1Api, CoreV1Api, KubeConfig, KubernetesObjectApi, NetworkingV1Api } from '@kubernetes/client-node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startSimulatedCluster, type SimulatedCluster, type SimulatedClusterOptions } from '../../../infra/local/simulated-cluster/start-simulated-cluster';

/**
 * A simulated cluster for one test file, with its kubeconfig written to a temporary folder and the
 * @kubernetes/client-node clients the platform uses, loaded from that very file.
 */
export const useSimulatedCluster = (options: SimulatedClusterOptions = {}) => {
  let cluster: SimulatedCluster | undefined;
  let clients: ReturnType<typeof makeClients> | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'simulated-cluster-'));
  const kubeconfigPath = join(folder, 'kubeconfig');
  beforeAll(async () => {
    cluster = await startSimulatedCluster({ rolloutDelayMs: 150, namespaceTerminationDelayMs: 100, ...options, kubeconfigPath });
    clients = makeClients(kubeconfigPath);
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!cluster || !clients) throw new Error('the simulated cluster is not started yet');
    return { cluster, kubeconfigPath, folder, ...clients };
  };
};

const makeClients = (kubeconfigPath: string) => {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath);
  return {
    config,
    objects: KubernetesObjectApi.makeApiClient(config),
    core: config.makeApiClient(CoreV1Api),
    apps: config.makeApiClient(AppsV1Api),
    networking: config.makeApiClient(NetworkingV1Api),
  };
};

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export const eventually = async <T>(check: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
