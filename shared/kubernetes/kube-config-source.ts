import { DescribeClusterCommand, type EKSClient } from '@aws-sdk/client-eks';
import { KubeConfig } from '@kubernetes/client-node';
import { EKS_TOKEN_REUSE_MS, eksToken } from './eks-token';

/** Where the cluster client gets its configuration; called before each request, so it may refresh credentials. */
export type KubeConfigSource = () => Promise<KubeConfig>;

/** A kubeconfig file (k3d, kind, the local runtime's simulated cluster), else the default or in-cluster account. */
export const kubeconfigFileSource = (path?: string): KubeConfigSource => {
  let config: KubeConfig | undefined;
  return async () => {
    if (!config) {
      config = new KubeConfig();
      if (path) config.loadFromFile(path);
      else config.loadFromDefault();
    }
    return config;
  };
};

export interface EksSourceOptions {
  clusterName: string;
  region: string;
  eks: EKSClient;
  now?: () => number;
}

/**
 * An EKS cluster reached with the function's own IAM role (DESIGN section 6): endpoint and CA from
 * DescribeCluster once, a token from the role's credentials, made anew before it can expire. The role is
 * mapped to Kubernetes rights by the stack's access entry.
 */
export const eksSource = ({ clusterName, region, eks, now = Date.now }: EksSourceOptions): KubeConfigSource => {
  let endpoint: { server: string; caData: string } | undefined;
  let current: { config: KubeConfig; madeAt: number } | undefined;
  return async () => {
    if (current && now() - current.madeAt < EKS_TOKEN_REUSE_MS) return current.config;
    if (!endpoint) {
      const { cluster } = await eks.send(new DescribeClusterCommand({ name: clusterName }));
      if (!cluster?.endpoint || !cluster.certificateAuthority?.data) throw new Error(`EKS cluster ${clusterName} has no endpoint yet (status ${cluster?.status ?? 'unknown'})`);
      endpoint = { server: cluster.endpoint, caData: cluster.certificateAuthority.data };
    }
    const madeAt = now();
    const token = await eksToken({ clusterName, region, credentials: await eks.config.credentials(), signingDate: new Date(madeAt) });
    const config = new KubeConfig();
    config.loadFromOptions({
      clusters: [{ name: clusterName, server: endpoint.server, caData: endpoint.caData, skipTLSVerify: false }],
      users: [{ name: 'platform-function', token }],
      contexts: [{ name: clusterName, cluster: clusterName, user: 'platform-function' }],
      currentContext: clusterName,
    });
    current = { config, madeAt };
    return config;
  };
};
