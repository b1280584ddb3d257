import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * The scheduled jobs that read the cluster, against the real API as the platform's least-privileged user: the
 * pod-health check (a Deployment whose new pods cannot pull their image makes the instance DEGRADED, a good
 * image RUNNING again). The cleanup job is in cleanup-job.test.ts, on a control plane of its own. Metering
 * needs metrics.k8s.io, which nothing serves on this control plane: it stays on the simulated cluster
 * (test/integration/metering).
 */
const { api } = useRealClusterPlatform();
let admin: string;
let token: string;

beforeAll(async () => {
  ({ admin } = await registerKwokNodes(api));
  token = (await api.register()).accessToken;
});

const runJob = async (name: string, now?: Date) => {
  const answer = await api.call('POST', `/_local/jobs/${name}${now ? `?now=${now.toISOString()}` : ''}`, { token: admin });
  expect(answer.status, answer.text).toBe(200);
  return answer.json.result as Record<string, any>;
};
const deploymentOf = async (instance: { id: string; namespace: string }) =>
  (await adminClients().apps.listNamespacedDeployment({ namespace: instance.namespace, labelSelector: `paas.example/instance=${instance.id.toLowerCase()}` })).items[0]!;
const setImage = async (instance: { id: string; namespace: string }, image: string) => {
  const deployment = await deploymentOf(instance);
  const container = deployment.spec!.template.spec!.containers[0]!;
  await adminClients().apps.patchNamespacedDeployment(
    { name: deployment.metadata!.name!, namespace: instance.namespace, body: { spec: { template: { spec: { containers: [{ name: container.name, image }] } } } } },
    setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
  );
  return container.image!;
};

describe('the pod-health check on a real control plane', () => {
  it('pod health: a Deployment whose new pods cannot pull their image makes the instance DEGRADED once, a good image RUNNING again', async () => {
    const created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
    const settled = await settledInstance(api, token, created.subscription.id);
    expect(settled.status, settled.failureReason).toBe('RUNNING');
    expect(await runJob('pod-health')).toMatchObject({ degraded: 0, failed: 0 });

    // The app's Deployment is Recreate (its volume attaches to one node): the old pod goes, the new one cannot pull.
    const goodImage = await setImage(created.instance, 'n8nio/n8n:fail');
    await until(() => deploymentOf(created.instance), (d) => (d.status?.readyReplicas ?? 0) === 0 && (d.status?.updatedReplicas ?? 0) >= 1, 'the new pod to fail');
    expect(await runJob('pod-health')).toMatchObject({ degraded: 1, failed: 0 });
    expect((await api.call('GET', `/v1/subscriptions/${created.subscription.id}/instance`, { token })).json.status).toBe('DEGRADED');

    await setImage(created.instance, goodImage);
    await until(() => deploymentOf(created.instance), (d) => d.status?.readyReplicas === 1 && d.status?.observedGeneration === d.metadata?.generation, 'the good image to run');
    expect(await runJob('pod-health')).toMatchObject({ recovered: 1, failed: 0 });
    expect((await api.call('GET', `/v1/subscriptions/${created.subscription.id}/instance`, { token })).json.status).toBe('RUNNING');
  });
});
