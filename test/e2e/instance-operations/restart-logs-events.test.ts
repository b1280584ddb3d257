import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Restart, logs and events of an instance as a customer uses them over HTTP, on the local runtime: the
 * restart workflow runs from its synthesized definition against the simulated cluster, which rolls the
 * workloads out again when their pod template changes and serves pods/log.
 */
// Rollouts take 2 s: long enough that a second request right after the first finds the restart running.
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 2000 } });
const api = apiClient(platform);
let token: string;
let other: string;
let subscriptionId: string;

const instance = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
const path = (tail: string) => `/v1/subscriptions/${subscriptionId}/instance/${tail}`;

beforeAll(async () => {
  await registerWorker(api);
  token = (await api.register()).accessToken;
  other = (await api.register()).accessToken;
  const created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  subscriptionId = created.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
}, 120_000);

describe('restart, logs and events of an instance through the API', () => {
  it("serves the app container's log as text, the last `tail` lines, and names a bad query field", async () => {
    const logs = await api.call('GET', path('logs'), { token });
    expect(logs.status, logs.text).toBe(200);
    expect(logs.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(logs.text).toMatch(/starting .*n8n/);
    const tail = await api.call('GET', `${path('logs')}?tail=1&since=PT10M`, { token });
    expect(tail.text.trim().split('\n')).toHaveLength(1);

    const unknown = await api.call('GET', `${path('logs')}?container=nothere`, { token });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0]).toMatchObject({ field: 'query.container', message: expect.stringMatching(/one of: .*n8n/) });
    for (const [query, field] of [['since=yesterday', 'query.since'], ['tail=5000', 'query.tail'], ['tail=0', 'query.tail']]) {
      const bad = await api.call('GET', `${path('logs')}?${query}`, { token });
      expect(bad.status, query).toBe(400);
      expect(bad.json.errors.map((e: { field: string }) => e.field), query).toContain(field);
    }
  });

  it("lists the instance's events as an array of the platform's words, and another customer finds none of it (404)", async () => {
    const events = await api.call('GET', path('events'), { token });
    expect(events.status, events.text).toBe(200);
    expect(Array.isArray(events.json.items)).toBe(true);
    for (const tail of ['events', 'logs']) expect((await api.call('GET', path(tail), { token: other })).status, tail).toBe(404);
    expect((await api.call('POST', path('restart'), { token: other })).status).toBe(404);
  });

  it('a restart moves the instance to RESTARTING, refuses a second one meanwhile (409 naming it), and ends RUNNING with its steps', async () => {
    const restart = await api.call('POST', path('restart'), { token });
    expect(restart.status, restart.text).toBe(202);
    expect(restart.json.instance.status).toBe('RESTARTING');
    const restartId: string = restart.json.restartId;
    const again = await api.call('POST', path('restart'), { token });
    expect(again.status).toBe(409);
    expect(again.json.detail).toMatch(/a restart/);

    const done = await until(instance, (i) => i.status !== 'RESTARTING', 'the restart to end', 60_000);
    expect(done.status).toBe('RUNNING');
    const steps = done.steps.map((s: { step: string }) => s.step);
    expect(steps).toContain(`restart ${restartId} requested`);
    expect(steps).toContain(`restart ${restartId} done`);
    // What the workflow did to the cluster: the pod template of each workload carries the restart's time.
    const config = new KubeConfig();
    config.loadFromFile(platform().kubernetes!.kubeconfigPath);
    const objects = KubernetesObjectApi.makeApiClient(config);
    const deployments = (await objects.list('apps/v1', 'Deployment', done.namespace, undefined, undefined, undefined, undefined, `paas.example/instance=${done.id.toLowerCase()}`)).items;
    expect(deployments.length).toBeGreaterThan(0);
    for (const deployment of deployments) {
      const annotations = (deployment as { spec: { template: { metadata?: { annotations?: Record<string, string> } } } }).spec.template.metadata?.annotations;
      expect(annotations?.['kubectl.kubernetes.io/restartedAt']).toBe(restart.json.instance.updatedAt);
    }
  }, 90_000);

  it('a suspended subscription cannot be restarted, and its instance has no pod to read logs from (409)', async () => {
    const admin = await api.adminToken();
    const suspended = await api.call('POST', `/v1/admin/subscriptions/${subscriptionId}/suspend`, { token: admin });
    expect(suspended.status, suspended.text).toBe(202);
    const restart = await api.call('POST', path('restart'), { token });
    expect(restart.status).toBe(409);
    expect(restart.json.detail).toMatch(/SUSPENDED/);
    const logs = await until(() => api.call('GET', path('logs'), { token }), (r) => r.status !== 200, 'the pods to be gone');
    expect(logs.status).toBe(409);
    expect(logs.json.detail).toMatch(/no running pod/);
  });
});
