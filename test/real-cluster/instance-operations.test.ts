import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTAINER_LOG_LINES } from '../../infra/real-cluster/lib/stages';
import { instanceNames } from '../../shared/provisioning/templates/instance-names';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * Restart, logs and events of an instance on a real control plane, as the platform's least-privileged user
 * (its RBAC must grant pods/log and events): the restart's new `restartedAt` makes the real Deployment
 * controller roll out new pods, which the real scheduler places and kwok makes Ready; the events are the
 * ones the scheduler and controllers wrote; the log comes through the API server from the node's "kubelet"
 * (kwok's server, serving one CRI log file for every container).
 */
const { api } = useRealClusterPlatform();
let token: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string } };
const base = () => `/v1/subscriptions/${created.subscription.id}`;
const instance = async () => (await api.call('GET', `${base()}/instance`, { token })).json;
const appPods = async () =>
  (await adminClients().core.listNamespacedPod({ namespace: created.instance.namespace, labelSelector: `paas.example/instance=${created.instance.id.toLowerCase()},app.kubernetes.io/component=app` })).items;

beforeAll(async () => {
  await registerKwokNodes(api);
  token = (await api.register()).accessToken;
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
});

// The files share one control plane of three fake nodes: this one gives its CPU back (see backups.test.ts).
afterAll(async () => {
  expect((await api.call('POST', `${base()}/cancel`, { token })).status).toBe(202);
  await until(instance, (i) => i.status === 'DELETED', 'the instance deprovisioned', 120_000);
}, 150_000);

describe('restart, logs and events on a real control plane', () => {
  it("serves the app container's log through the API server from the node's kubelet (kwok), cut to `tail`", async () => {
    const logs = await api.call('GET', `${base()}/instance/logs`, { token });
    expect(logs.status, logs.text).toBe(200);
    expect(logs.text.trim().split('\n')).toEqual(CONTAINER_LOG_LINES);
    const tail = await api.call('GET', `${base()}/instance/logs?tail=2&container=n8n`, { token });
    expect(tail.status, tail.text).toBe(200);
    expect(tail.text.trim().split('\n')).toEqual(CONTAINER_LOG_LINES.slice(-2));
  });

  it('a restart sets restartedAt on the pod template, the Deployment controller rolls out new Ready pods, and the instance ends RUNNING', async () => {
    const before = (await appPods()).map((pod) => pod.metadata!.name);
    const restart = await api.call('POST', `${base()}/instance/restart`, { token });
    expect(restart.status, restart.text).toBe(202);
    expect(restart.json.instance.status).toBe('RESTARTING');
    const done = await until(instance, (i) => i.status !== 'RESTARTING', 'the restart to end', 120_000);
    expect(done.status).toBe('RUNNING');
    expect(done.steps.map((s: { step: string }) => s.step)).toContain(`restart ${restart.json.restartId} done`);

    const deployment = await adminClients().apps.readNamespacedDeployment({ name: instanceNames('n8n', created.instance.id).base, namespace: created.instance.namespace });
    const restartedAt = deployment.spec!.template.metadata!.annotations!['kubectl.kubernetes.io/restartedAt'];
    expect(restartedAt).toBe(restart.json.instance.updatedAt);
    expect(deployment.status).toMatchObject({ updatedReplicas: 1, readyReplicas: 1 });
    const after = await until(appPods, (pods) => pods.every((pod) => !before.includes(pod.metadata!.name!)), 'the old pod gone', 60_000);
    expect(after.length).toBe(1);
    expect(after[0]!.metadata!.annotations!['kubectl.kubernetes.io/restartedAt']).toBe(restartedAt);
    expect(after[0]!.status!.conditions!.find((c) => c.type === 'Ready')?.status).toBe('True');
  }, 150_000);

  it("lists the events the scheduler and controllers wrote, newest first, in the platform's words and without node names", async () => {
    const events = await api.call('GET', `${base()}/instance/events`, { token });
    expect(events.status, events.text).toBe(200);
    const items: { type: string; reason: string; text: string; object: { kind: string; name: string }; lastAt: string }[] = events.json.items;
    expect(items).toContainEqual(expect.objectContaining({ reason: 'Scheduled', text: 'Scheduled onto a node', type: 'normal', object: expect.objectContaining({ kind: 'Pod' }) }));
    expect(items).toContainEqual(expect.objectContaining({ reason: 'ScalingReplicaSet', text: 'Scaled', object: expect.objectContaining({ kind: 'Deployment' }) }));
    expect([...items.map((e) => e.lastAt)]).toEqual([...items.map((e) => e.lastAt)].sort().reverse());
    expect(events.text).not.toMatch(/kwok-node/);
    const prefix = instanceNames('n8n', created.instance.id).base;
    for (const event of items) expect(event.object.name.startsWith(prefix), event.object.name).toBe(true);
  });
});
