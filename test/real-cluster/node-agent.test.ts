import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/provisioning';
import { adminClients, kubectl, realCluster, useRealClusterPlatform } from './support/real-cluster';

/**
 * The node agent's own manifests (namespace, ServiceAccount, RBAC, ConfigMap, DaemonSet) on a real API server:
 * accepted, its pods placed on every node by the real DaemonSet controller and scheduler; and the agent
 * process, run with a token of that ServiceAccount, reads its node through the real API with exactly those
 * rights and registers it with the platform.
 */
const { api, platform } = useRealClusterPlatform({ seed: false });
const repo = new URL('../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'paas-agent-'));
let agent: ChildProcess | undefined;
let agentKubeconfig: string;

beforeAll(async () => {
  await kubectl(['apply', '-f', join(repo, 'agent/manifests/')]);
  // A token of the agent's ServiceAccount (TokenRequest), in a kubeconfig of its own: what the pod would mount.
  const token = (await kubectl(['create', 'token', 'paas-agent', '-n', 'paas-system', '--duration=1h'])).trim();
  const admin = readFileSync(realCluster().kubeconfigPath, 'utf8');
  agentKubeconfig = join(folder, 'agent.kubeconfig');
  writeFileSync(agentKubeconfig, admin.replace(/token: .*/g, `token: ${token}`).replace(/name: admin\b/g, 'name: paas-agent').replace(/user: admin\b/g, 'user: paas-agent'));
});

afterAll(() => {
  agent?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});

describe('the node agent on a real control plane', () => {
  it('has its manifests accepted, and its DaemonSet pods land on every node', async () => {
    const pods = await until(
      async () => (await adminClients().core.listNamespacedPod({ namespace: 'paas-system', labelSelector: 'app.kubernetes.io/name=paas-agent' })).items,
      (items) => items.length === realCluster().nodes.length && items.every((pod) => pod.spec?.nodeName),
      'an agent pod on every node',
    );
    expect(pods.map((pod) => pod.spec?.nodeName).sort()).toEqual([...realCluster().nodes].sort());
  });

  it('holds exactly the rights of its manifests: get nodes and list pods, nothing else', async () => {
    const can = async (...args: string[]) => (await kubectl(['auth', 'can-i', ...args], agentKubeconfig).catch((error: { stdout?: string }) => error.stdout ?? '')).trim();
    expect(await can('get', 'nodes')).toBe('yes');
    expect(await can('list', 'pods', '--all-namespaces')).toBe('yes');
    expect(await can('list', 'secrets', '-n', 'paas-system')).toBe('no');
    expect(await can('delete', 'nodes')).toBe('no');
    expect(await can('create', 'pods', '-n', 'paas-system')).toBe('no');
  });

  it('reads its node through the real API with that token and registers it with the platform', async () => {
    const admin = await api.adminToken();
    const agentToken = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'kwok-node-1 agent' } })).json.token as string;
    const node = realCluster().nodes[0]!;
    agent = spawn(process.execPath, ['--import', 'tsx', 'agent/src/main.ts', '--api', platform().url, '--node-name', node, '--kubeconfig', agentKubeconfig, '--interval-ms', '300'], {
      cwd: repo,
      env: { ...process.env, AGENT_TOKEN: agentToken, KUBECONFIG: agentKubeconfig },
      stdio: 'ignore',
    });
    const registered = await until(
      async () => (await api.call('GET', `/v1/admin/workers/${node}`, { token: admin })).json,
      (worker) => Boolean(worker?.kubernetes?.podCount),
      `${node} registered with its Kubernetes figures`,
    );
    // The figures came from the real node object: kwok's allocatable and the agent's own pod on it.
    expect(registered).toMatchObject({ name: node, status: 'HEALTHY', kubernetes: { conditions: { Ready: 'True' }, allocatable: { cpu: '16' } } });
    expect(registered.kubernetes.podCount).toBeGreaterThanOrEqual(1);
  });
});
