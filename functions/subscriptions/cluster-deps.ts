import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { subscriptionDeps } from './subscription-deps';

/**
 * The subscription dependencies plus the cluster, for the few routes that scale workloads (suspend, resume,
 * renew). Kept apart so the other subscription bundles do not carry the cluster adapter.
 */
export const subscriptionClusterDeps = once(() => ({
  ...subscriptionDeps(),
  cluster: clusterFromEnvironment(loadConfig(functionEnvironmentSchema)),
}));
