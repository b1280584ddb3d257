import { once } from '../../shared/config/load-config';
import { clusterFromEnvironment } from '../../shared/kubernetes/cluster-from-environment';
import { environment, stores } from './instance-operation-deps';

/**
 * The logs and events routes' (infra/aws/function-access.ts gives them the cluster): the stores and the
 * cluster. Apart from the restart route's deps, whose function never calls Kubernetes.
 */
export const clusterReadDeps = once(() => ({ ...stores(), cluster: clusterFromEnvironment(environment()) }));
