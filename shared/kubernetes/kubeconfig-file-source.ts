import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { onceUnlessRejected } from '../config/load-config';
import type { ClusterConnection, ClusterConnectionSource } from './cluster-connection';
import { connectionFromKubeconfig, inClusterConnection, readKubeconfigFiles } from './kubeconfig';

/**
 * The connection client-go's default loading rules give: the kubeconfig file(s) named (the local runtime's
 * simulated cluster, the real control plane's, k3d, kind; a list as KUBECONFIG takes it), else the files
 * in KUBECONFIG that exist, else ~/.kube/config, else the pod's own service account. Read once: none of
 * these change under a process. A file named explicitly that is missing is an error that names it.
 */
export const kubeconfigFileSource = (path?: string): ClusterConnectionSource => {
  const load = async (): Promise<ClusterConnection> => {
    const paths = path ? path.split(delimiter).filter(Boolean) : (process.env.KUBECONFIG ?? '').split(delimiter).filter((file) => file && existsSync(file));
    const home = join(homedir(), '.kube', 'config');
    if (paths.length === 0 && existsSync(home)) paths.push(home);
    if (paths.length > 0) return connectionFromKubeconfig(readKubeconfigFiles(paths));
    const inCluster = inClusterConnection();
    if (!inCluster) throw new Error('no cluster configured: no kubeconfig file (KUBECONFIG, ~/.kube/config) and not in a pod (KUBERNETES_SERVICE_HOST)');
    return inCluster;
  };
  // A failure is not kept: a file that appears later (a cluster still starting) is read by the next call.
  return onceUnlessRejected(load);
};
