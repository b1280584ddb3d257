import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PLATFORM_GROUP } from '../../shared/provisioning/tenant/role-binding';
import { startRealCluster, type RealCluster, type RealClusterOptions } from './start-real-cluster';

const platformRbac = new URL('../aws/kubernetes/platform-rbac.yaml', import.meta.url).pathname;

export interface PlatformCluster extends RealCluster {
  /** The platform's identity: a user in the group the stack's EKS access entries use, with exactly the rights of platform-rbac.yaml. */
  platformKubeconfigPath: string;
}

/**
 * A real control plane made ready for the platform the way an operator makes an EKS cluster ready
 * (docs/deployment.md): the platform's RBAC and admission policy applied by the cluster admin, and a user in
 * the platform's group. Shared by `npm start -- --cluster real` and the real-cluster test suites.
 */
export const startPlatformCluster = async (options: Omit<RealClusterOptions, 'users'> = {}): Promise<PlatformCluster> => {
  const cluster = await startRealCluster({ ...options, users: [{ name: 'paas-platform', groups: [PLATFORM_GROUP] }] });
  try {
    await promisify(execFile)(join(cluster.binDir, 'kubectl'), ['--kubeconfig', cluster.kubeconfigPath, 'apply', '-f', platformRbac]);
  } catch (error) {
    await cluster.stop();
    throw new Error(`applying infra/aws/kubernetes/platform-rbac.yaml to the real cluster failed: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
  return { ...cluster, platformKubeconfigPath: cluster.userKubeconfigs['paas-platform']! };
};
