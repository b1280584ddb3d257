import { AppsV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * The pod-health check through the local runtime: an update whose image cannot be pulled leaves the
 * instance's Deployment failing, the check (run as `npm run job -- pod-health` does) marks it DEGRADED once,
 * and a good image brings it back RUNNING. Its Kubernetes calls do not grow with the instances.
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 200 } });
const api = apiClient(platform);
let admin: string;
let token: string;

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
  token = (await api.register()).accessToken;
});

const runCheck = async () => {
  const answer = await api.call('POST', '/_local/jobs/pod-health', { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as { clusterCalls: number; instances: number; degraded: number; recovered: number; unchanged: number; skipped: number; failed: number };
};
const apps = () => {
  const config = new KubeConfig();
  config.loadFromFile(platform().kubernetes!.kubeconfigPath);
  return config.makeApiClient(AppsV1Api);
};
/** The instance's own Deployment: the customer's instances share one namespace. */
const deploymentOf = async (instance: { id: string; namespace: string }) =>
  (await apps().listNamespacedDeployment({ namespace: instance.namespace, labelSelector: `paas.example/instance=${instance.id.toLowerCase()}` })).items[0];
const setImage = async (instance: { id: string; namespace: string }, image: string) => {
  const namespace = instance.namespace;
  const deployment = await deploymentOf(instance);
  const container = deployment!.spec!.template.spec!.containers[0]!;
  await apps().patchNamespacedDeployment(
    { name: deployment!.metadata!.name!, namespace, body: { spec: { template: { spec: { containers: [{ name: container.name, image }] } } } } },
    setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
  );
  return container.image!;
};
const instanceOf = async (subscriptionId: string) => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
const eventCount = async (instanceId: string, type: string) => {
  await platform().drainStreams();
  return platform().bus.recent().filter((e) => e.type === type && (e.detail as { instanceId?: string }).instanceId === instanceId).length;
};

describe('the pod-health check', () => {
  it('marks an instance whose pods fail DEGRADED once, and RUNNING again once they are Ready', async () => {
    const subscriptions = [];
    for (let i = 0; i < 2; i++) subscriptions.push((await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json);
    for (const created of subscriptions) expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
    const [broken, healthy] = subscriptions;

    const calm = await runCheck();
    expect(calm).toMatchObject({ clusterCalls: 2, degraded: 0, failed: 0 });
    expect(calm.instances).toBeGreaterThanOrEqual(2);

    const goodImage = await setImage(broken.instance, 'docker.n8n.io/n8nio/n8n:fail');
    await until(async () => (await deploymentOf(broken.instance))?.status?.conditions?.find((c) => c.type === 'Progressing')?.status, (s) => s === 'False', 'the update to fail');

    const [first, second] = await Promise.all([runCheck(), runCheck()]);
    expect(first.degraded + second.degraded).toBe(1); // two checks at once: one transition
    expect(first.clusterCalls).toBe(2);
    const degraded = await instanceOf(broken.subscription.id);
    expect(degraded.status).toBe('DEGRADED');
    expect((await instanceOf(healthy.subscription.id)).status).toBe('RUNNING');
    expect(await eventCount(broken.instance.id, 'instance.degraded')).toBe(1);

    await setImage(broken.instance, goodImage);
    await until(async () => (await deploymentOf(broken.instance))?.status?.conditions?.find((c) => c.type === 'Progressing')?.reason, (r) => r === 'NewReplicaSetAvailable', 'the fixed rollout');
    expect((await runCheck()).recovered).toBe(1);
    expect((await instanceOf(broken.subscription.id)).status).toBe('RUNNING');
    expect(await eventCount(broken.instance.id, 'instance.recovered')).toBe(1);
    expect((await runCheck()).recovered).toBe(0);
  }, 120_000);
});
