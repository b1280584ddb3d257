import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import type { KubernetesNodeInfo } from './contract.js';
import { countActivePods, toNodeInfo } from './kubernetes-node-info.js';

/**
 * Reads this node and counts its pods through the Kubernetes API, with the agent's own service account
 * in the cluster (ClusterRole: get nodes, list pods) or a kubeconfig file outside it.
 */

export interface KubernetesNodeReader {
  read(nodeName: string): Promise<KubernetesNodeInfo>;
}

export interface KubernetesNodeReaderOptions {
  /** A kubeconfig file; without it the default chain ($KUBECONFIG, ~/.kube/config, in-cluster). */
  kubeconfigPath?: string;
  timeoutMs?: number;
}

export const createKubernetesNodeReader = ({ kubeconfigPath, timeoutMs = 5_000 }: KubernetesNodeReaderOptions = {}): KubernetesNodeReader => {
  const config = new KubeConfig();
  if (kubeconfigPath) config.loadFromFile(kubeconfigPath);
  else config.loadFromDefault();
  const core = config.makeApiClient(CoreV1Api);

  const countPods = async (nodeName: string): Promise<number> => {
    let count = 0;
    let next: string | undefined;
    do {
      const page = await core.listPodForAllNamespaces({
        // The phase filter is applied by the API server; countActivePods applies it again for servers that don't.
        fieldSelector: `spec.nodeName=${nodeName},status.phase!=Succeeded,status.phase!=Failed`,
        // resourceVersion 0 is served from the API server's watch cache (indexed by node name) rather than
        // etcd: every node asks every ten seconds, so this is the difference between cheap and O(nodes²).
        ...(next ? { _continue: next } : { resourceVersion: '0' }),
      });
      count += countActivePods(page.items);
      next = page.metadata?._continue || undefined;
    } while (next);
    return count;
  };

  return {
    read: (nodeName) =>
      withTimeout(
        Promise.all([core.readNode({ name: nodeName }), countPods(nodeName)]).then(([node, pods]) => toNodeInfo(node, pods)),
        timeoutMs,
        `Kubernetes API did not answer within ${timeoutMs} ms`,
      ),
  };
};

const withTimeout = <T>(promise: Promise<T>, ms: number, message: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};
