import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatformCluster, type PlatformCluster } from '../../infra/real-cluster/platform-cluster';
import { namespaceName } from '../../shared/provisioning/tenant/kubernetes-names';
import { tenantLabels } from '../../shared/provisioning/tenant/labels';
import { apiClient } from '../support/api-client';
import { useLocalPlatform } from '../support/local-platform';
import { settledInstance, until } from '../support/provisioning';
import { registerKwokNodes } from './support/real-cluster';

/**
 * The cleanup job against the real API, as the platform's least-privileged user: a customer namespace nothing
 * owns is deleted once past the safety margin, and finalized by the real namespace controller; a customer's
 * live namespace is kept. On a control plane of its own: the job judges every customer namespace of its
 * cluster by its own table, so on the shared one it would delete the other files' namespaces (as it should:
 * one cluster, one platform).
 */
let cluster: PlatformCluster;
beforeAll(async () => {
  cluster = await startPlatformCluster({ nodes: 3 });
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});
// Registered after the cluster's beforeAll, so the kubeconfig exists when the platform starts.
const platform = useLocalPlatform({
  get kubeconfig() {
    return cluster.platformKubeconfigPath;
  },
});
const api = apiClient(platform);
const core = () => {
  const config = new KubeConfig();
  config.loadFromFile(cluster.kubeconfigPath);
  return config.makeApiClient(CoreV1Api);
};
const gone = (name: string) => core().readNamespace({ name }).then(() => false, (error: { code?: number }) => error.code === 404);

describe('the cleanup job on a real control plane', () => {
  it('deletes a customer namespace nothing owns once it is old enough (finalized by the namespace controller), and keeps a live one', async () => {
    const { admin } = await registerKwokNodes(api, cluster.nodes);
    const { accessToken: token } = await api.register();
    const live = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
    expect((await settledInstance(api, token, live.subscription.id)).status).toBe('RUNNING');
    // A namespace the platform made for a customer who has nothing (a provisioning that failed halfway), not empty.
    const userId = ulid();
    const orphan = namespaceName(userId);
    await core().createNamespace({ body: { metadata: { name: orphan, labels: tenantLabels(userId) } } });
    await core().createNamespacedConfigMap({ namespace: orphan, body: { metadata: { name: 'left-behind' } } });
    const runJob = async (now?: Date) => {
      const answer = await api.call('POST', `/_local/jobs/cleanup${now ? `?now=${now.toISOString()}` : ''}`, { token: admin });
      expect(answer.status, answer.text).toBe(200);
      return answer.json.result as { orphanNamespacesDeleted: number; failed: number };
    };

    expect(await runJob()).toMatchObject({ orphanNamespacesDeleted: 0, failed: 0 }); // too young for the safety margin
    expect(await runJob(new Date(Date.now() + 3 * 3600_000))).toMatchObject({ orphanNamespacesDeleted: 1, failed: 0 });
    await until(() => gone(orphan), Boolean, `namespace ${orphan} to be finalized`);
    expect(await gone(live.instance.namespace)).toBe(false);
  });
});
