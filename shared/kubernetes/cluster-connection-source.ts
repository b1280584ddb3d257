import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DescribeClusterCommand, type EKSClient } from '@aws-sdk/client-eks';
import type { ClusterConnection, ClusterTls } from './cluster-connection';
import { EKS_TOKEN_REUSE_MS, eksToken } from './eks-token';
import { connectionFromKubeconfig, inClusterConnection, readKubeconfigFiles } from './kubeconfig';

/** Where the cluster adapter gets its connection; called before each request, so it may refresh credentials. */
export type ClusterConnectionSource = () => Promise<ClusterConnection>;

/**
 * The connection client-go's default loading rules give: the kubeconfig file(s) named (the local runtime's
 * simulated cluster, the real control plane's, k3d, kind; a list as KUBECONFIG takes it), else the files
 * in KUBECONFIG that exist, else ~/.kube/config, else the pod's own service account. Read once: none of
 * these change under a process. A file named explicitly that is missing is an error that names it.
 */
export const kubeconfigFileSource = (path?: string): ClusterConnectionSource => {
  let connection: ClusterConnection | undefined;
  const load = (): ClusterConnection => {
    const paths = path ? path.split(delimiter).filter(Boolean) : (process.env.KUBECONFIG ?? '').split(delimiter).filter((file) => file && existsSync(file));
    const home = join(homedir(), '.kube', 'config');
    if (paths.length === 0 && existsSync(home)) paths.push(home);
    if (paths.length > 0) return connectionFromKubeconfig(readKubeconfigFiles(paths));
    const inCluster = inClusterConnection();
    if (!inCluster) throw new Error('no cluster configured: no kubeconfig file (KUBECONFIG, ~/.kube/config) and not in a pod (KUBERNETES_SERVICE_HOST)');
    return inCluster;
  };
  return async () => (connection ??= load());
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
export const eksSource = ({ clusterName, region, eks, now = Date.now }: EksSourceOptions): ClusterConnectionSource => {
  let endpoint: { server: string; tls: ClusterTls } | undefined;
  let current: { connection: ClusterConnection; madeAt: number } | undefined;
  return async () => {
    if (current && now() - current.madeAt < EKS_TOKEN_REUSE_MS) return current.connection;
    if (!endpoint) {
      const { cluster } = await eks.send(new DescribeClusterCommand({ name: clusterName }));
      if (!cluster?.endpoint || !cluster.certificateAuthority?.data) throw new Error(`EKS cluster ${clusterName} has no endpoint yet (status ${cluster?.status ?? 'unknown'})`);
      endpoint = { server: cluster.endpoint.replace(/\/+$/, ''), tls: { ca: Buffer.from(cluster.certificateAuthority.data, 'base64'), insecureSkipTlsVerify: false } };
    }
    const madeAt = now();
    const token = await eksToken({ clusterName, region, credentials: await eks.config.credentials(), signingDate: new Date(madeAt) });
    // The same TLS object every time: a new token keeps the pooled connections.
    current = { connection: { server: endpoint.server, tls: endpoint.tls, auth: { token }, namespace: 'default' }, madeAt };
    return current.connection;
  };
};
