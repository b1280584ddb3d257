import type { AwsCredentialIdentity } from '@smithy/types';
import { jsonServiceSettings } from '../aws/clients';
import { eksDescribeCluster, type DescribeCluster } from '../aws/eks/describe-cluster';
import { credentialsFromEnvironment } from '../aws/json-protocol/json-service-client';
import type { ClusterConnection, ClusterConnectionSource, ClusterTls } from './cluster-connection';
import { EKS_TOKEN_REUSE_MS, eksToken } from './eks-token';

export interface EksSourceOptions {
  clusterName: string;
  region: string;
  describeCluster: DescribeCluster;
  /** The function's role: the token is signed with them. */
  credentials: () => AwsCredentialIdentity;
  now?: () => number;
}

/**
 * An EKS cluster reached with the function's own IAM role (DESIGN section 6): endpoint and CA from
 * DescribeCluster once, a token from the role's credentials, made anew before it can expire. The role is
 * mapped to Kubernetes rights by the stack's access entry.
 */
export const eksSource = ({ clusterName, region, describeCluster, credentials, now = Date.now }: EksSourceOptions): ClusterConnectionSource => {
  let endpoint: { server: string; tls: ClusterTls } | undefined;
  let current: { connection: ClusterConnection; madeAt: number } | undefined;
  const renew = async () => {
    if (!endpoint) {
      const cluster = await describeCluster(clusterName);
      if (!cluster?.endpoint || !cluster.certificateAuthority?.data) throw new Error(`EKS cluster ${clusterName} has no endpoint yet (status ${cluster?.status ?? 'unknown'})`);
      endpoint = { server: cluster.endpoint.replace(/\/+$/, ''), tls: { ca: Buffer.from(cluster.certificateAuthority.data, 'base64'), insecureSkipTlsVerify: false } };
    }
    const madeAt = now();
    const token = await eksToken({ clusterName, region, credentials: credentials(), signingDate: new Date(madeAt) });
    // The same TLS object every time: a new token keeps the pooled connections.
    current = { connection: { server: endpoint.server, tls: endpoint.tls, auth: { token }, namespace: 'default' }, madeAt };
    return current.connection;
  };
  // Requests asking at once (discovery beside the request it serves) share one renewal.
  let renewing: Promise<ClusterConnection> | undefined;
  return async () => {
    if (current && now() - current.madeAt < EKS_TOKEN_REUSE_MS) return current.connection;
    renewing ??= renew().finally(() => (renewing = undefined));
    return renewing;
  };
};

/**
 * The stack's EKS cluster, reached with the function's own role (from the environment, as Lambda gives it)
 * and the AWS configuration of the environment. This file is loaded at the first request that reaches for
 * the cluster (cluster-from-environment.ts).
 */
export const eksSourceOf = (clusterName: string): ClusterConnectionSource => {
  const settings = jsonServiceSettings('EKS');
  return eksSource({ clusterName, region: settings.region, describeCluster: eksDescribeCluster(settings).describeCluster, credentials: credentialsFromEnvironment });
};
