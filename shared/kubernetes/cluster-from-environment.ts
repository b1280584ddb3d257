import { clientConfig, eksClient } from '../aws/clients';
import type { Cluster } from './cluster';
import { eksSource, kubeconfigFileSource } from './cluster-connection-source';
import { restCluster } from './rest-cluster';

export interface ClusterEnvironment {
  /** Set by the stack when it is given a cluster: the functions reach it with their IAM role. */
  EKS_CLUSTER_NAME?: string;
  /** A kubeconfig file: the local runtime's simulated cluster, k3d, kind. */
  KUBECONFIG?: string;
}

/** The one place that decides which cluster the functions talk to. */
export const clusterFromEnvironment = (env: ClusterEnvironment): Cluster =>
  env.EKS_CLUSTER_NAME
    ? restCluster(eksSource({ clusterName: env.EKS_CLUSTER_NAME, region: clientConfig('EKS').region, eks: eksClient() }))
    : restCluster(kubeconfigFileSource(env.KUBECONFIG));
