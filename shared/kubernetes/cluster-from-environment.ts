import { onceUnlessRejected } from '../config/load-config';
import type { Cluster } from './cluster';
import type { ClusterConnectionSource } from './cluster-connection';
import { restCluster } from './rest-cluster';

export interface ClusterEnvironment {
  /** Set by the stack when it is given a cluster: the functions reach it with their IAM role. */
  EKS_CLUSTER_NAME?: string;
  /** A kubeconfig file: the local runtime's simulated cluster, k3d, kind. */
  KUBECONFIG?: string;
}

/**
 * A source loaded at the first request: a function holds one of the two, and neither the other's code (the
 * EKS client, the YAML parser) nor its own is evaluated at a cold start that never reaches the cluster.
 */
const loadedOnFirstUse = (load: () => Promise<ClusterConnectionSource>): ClusterConnectionSource => {
  // A failed load (a deploy's missing file) is tried again at the next request.
  const source = onceUnlessRejected(load);
  return async () => (await source())();
};

/** The one place that decides which cluster the functions talk to. */
export const clusterFromEnvironment = ({ EKS_CLUSTER_NAME, KUBECONFIG }: ClusterEnvironment): Cluster =>
  restCluster(
    EKS_CLUSTER_NAME
      ? loadedOnFirstUse(async () => (await import('./eks-source')).eksSourceOf(EKS_CLUSTER_NAME))
      : loadedOnFirstUse(async () => (await import('./kubeconfig-file-source')).kubeconfigFileSource(KUBECONFIG)),
  );
