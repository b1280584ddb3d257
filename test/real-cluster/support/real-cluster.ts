import { AppsV1Api, BatchV1Api, CoreV1Api, KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { apiClient } from '../../support/api-client';
import { explainUnsettledInstancesWith } from '../../support/provisioning';
import { useLocalPlatform } from '../../support/local-platform';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';

/** The shared real control plane of this run (global-setup.ts), as the admin sees it. */
export const realCluster = () => inject('realCluster');

export const adminKubeConfig = () => {
  const config = new KubeConfig();
  config.loadFromFile(realCluster().kubeconfigPath);
  return config;
};

/** Upstream kubectl, built with the control plane, on the admin kubeconfig (or another one). */
export const kubectl = async (args: string[], kubeconfigPath = realCluster().kubeconfigPath) => {
  const { stdout } = await promisify(execFile)(join(realCluster().binDir, 'kubectl'), ['--kubeconfig', kubeconfigPath, ...args], { maxBuffer: 16 * 2 ** 20 });
  return stdout;
};

export const adminClients = () => {
  const config = adminKubeConfig();
  return { core: config.makeApiClient(CoreV1Api), apps: config.makeApiClient(AppsV1Api), batch: config.makeApiClient(BatchV1Api), objects: KubernetesObjectApi.makeApiClient(config) };
};

/**
 * The whole local platform (DynamoDB Local, HTTP, the synthesized state machines) with its Kubernetes side
 * on the real control plane instead of the simulated cluster, as the platform's own identity: only the
 * rights infra/aws/kubernetes/platform-rbac.yaml gives it, enforced by the real RBAC authorizer.
 */
export const useRealClusterPlatform = (options: Parameters<typeof useLocalPlatform>[0] = {}) => {
  // An instance that does not settle fails its test with what the cluster shows of its namespace: the
  // workloads' status, the pods, the quota's status and the events the controllers wrote.
  explainUnsettledInstancesWith(async ({ namespace }) =>
    namespace ? kubectl(['get', 'deployments,statefulsets,replicasets,pods,resourcequota,events', '-n', namespace, '-o', 'wide']) : '');
  const platform = useLocalPlatform({ ...options, kubeconfig: realCluster().platformKubeconfigPath, kwokAdminKubeconfig: realCluster().kubeconfigPath });
  return { platform, api: apiClient(platform) };
};

/** How often the stand-in agents beat: well inside the node-health monitor's 40 s, however long a file runs. */
const HEARTBEAT_EVERY_MS = 10_000;

/**
 * Registers the fake nodes as the agent would (their real names), so placement can pick them, and keeps them
 * heartbeating as agents do for as long as the platform answers (a file of several provisionings outlasts
 * the monitor's silence threshold, and a silent node is no longer placed on).
 */
export const registerKwokNodes = async (api: ReturnType<typeof apiClient>, nodes: readonly string[] = realCluster().nodes) => {
  const admin = await api.adminToken();
  const agentToken = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'real-cluster' } })).json.token as string;
  const beat = async (node: string) => {
    const answer = await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody(node) });
    if (answer.status !== 204) throw new Error(`heartbeat ${node}: ${answer.status} ${answer.text}`);
  };
  for (const node of nodes) {
    const registered = await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody(node) });
    if (registered.status !== 200) throw new Error(`register ${node}: ${registered.status} ${registered.text}`);
    await beat(node);
  }
  const timer = setInterval(() => {
    // Once the file's platform has stopped, nothing answers (fetch itself fails): that is the end of them. A
    // refused beat (a busy moment) is simply followed by the next one.
    Promise.all(nodes.map(beat)).catch((error: Error) => {
      if (error instanceof TypeError) clearInterval(timer);
    });
  }, HEARTBEAT_EVERY_MS);
  timer.unref();
  return { admin, agentToken };
};

/** Every pod of an instance, by its instance label. */
export const podsOf = async (namespace: string, instanceId: string) =>
  (await adminClients().core.listNamespacedPod({ namespace, labelSelector: `paas.example/instance=${instanceId.toLowerCase()}` })).items;

export const isReady = (pod: { status?: { conditions?: { type: string; status: string }[] } }) =>
  Boolean(pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
