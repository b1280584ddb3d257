import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { instanceNames } from '../../../shared/provisioning/templates/instance-names';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance } from '../../support/provisioning';
import { postRaw, postSigned } from './hook-helpers';

const platform = useLocalPlatform();
const api = apiClient(platform);
let customer: Awaited<ReturnType<typeof api.register>>;
let subscriptionId: string;
let instance: { id: string; namespace: string; status: string };

const instanceNow = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token: customer.accessToken })).json;
const busEvents = async (type: string) => {
  await platform().drainStreams();
  return platform().bus.recent().filter((event) => event.type === type && (event.detail as { instanceId?: string }).instanceId === instance.id);
};

/** A core/v1 Event as kubernetes-event-exporter posts it, about a pod of the instance. */
const podEvent = (options: { uid?: string; count?: number; type: 'Warning' | 'Normal'; reason: string; message?: string; pod: string; at?: Date; labels?: Record<string, string> }) => ({
  metadata: { name: `${options.pod}.18a2b3c4d5e6f7a8`, namespace: instance.namespace, uid: options.uid ?? ulid(), resourceVersion: '12345' },
  involvedObject: { kind: 'Pod', namespace: instance.namespace, name: options.pod, apiVersion: 'v1', ...(options.labels ? { labels: options.labels } : {}) },
  reason: options.reason,
  message: options.message ?? options.reason,
  source: { component: 'kubelet', host: 'worker-1' },
  firstTimestamp: (options.at ?? new Date()).toISOString(),
  lastTimestamp: (options.at ?? new Date()).toISOString(),
  count: options.count ?? 1,
  type: options.type,
  reportingComponent: 'kubelet',
  clusterName: 'local',
});
const postEvent = (event: unknown, secret = platform().inboundSecrets.kubernetes, at?: Date) => postSigned(platform(), '/v1/hooks/kubernetes', event, secret, at);

beforeAll(async () => {
  await registerWorker(api);
  customer = await api.register();
  const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
  subscriptionId = created.json.subscription.id;
  instance = await settledInstance(api, customer.accessToken, subscriptionId);
});

describe('POST /v1/hooks/kubernetes (HMAC-signed Kubernetes events)', () => {
  it('a crash-looping pod makes the RUNNING instance DEGRADED with instance.degraded once, even posted twice; a recovery brings it back', async () => {
    expect(instance.status).toBe('RUNNING');
    const pod = `${instanceNames('n8n', instance.id).base}-5d9c7b6f4-x2k4p`;
    const crash = podEvent({ uid: 'backoff-uid-1', count: 3, type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container n8n in pod ${pod}`, pod });
    expect(await postEvent(crash)).toEqual({ status: 202, json: { received: true, outcome: 'degraded' } });
    expect(await postEvent(crash)).toEqual({ status: 202, json: { received: true, outcome: 'duplicate' } });
    const degraded = await instanceNow();
    expect(degraded).toMatchObject({ status: 'DEGRADED', degradation: { cause: 'crash-loop', reason: 'BackOff', pod } });
    expect(degraded.steps.at(-1)).toMatchObject({ step: 'degraded', detail: expect.stringContaining('Back-off restarting failed container') });
    expect((await busEvents('instance.degraded')).map((event) => event.detail)).toEqual([
      { userId: customer.user.id, instanceId: instance.id, subscriptionId, reason: `BackOff: Back-off restarting failed container n8n in pod ${pod}` },
    ]);

    // The same event counting up changes nothing more; the crash-looping pod starting again proves nothing.
    expect((await postEvent({ ...crash, count: 4 })).json.outcome).toBe('unchanged');
    const restarted = podEvent({ type: 'Normal', reason: 'Started', pod, at: new Date(Date.now() + 1000) });
    expect((await postEvent(restarted)).json.outcome).toBe('unchanged');
    expect((await instanceNow()).status).toBe('DEGRADED');

    // Its replacement started, found by the instance label this time: recovered, once.
    const replacement = `${instanceNames('n8n', instance.id).base}-5d9c7b6f4-q7m2z`;
    const started = podEvent({ type: 'Normal', reason: 'Started', pod: replacement, at: new Date(Date.now() + 2000), labels: { 'paas.example/instance': instance.id.toLowerCase() } });
    expect((await postEvent(started)).json.outcome).toBe('recovered');
    expect((await postEvent(started)).json.outcome).toBe('duplicate');
    const recovered = await instanceNow();
    expect(recovered.status).toBe('RUNNING');
    expect(recovered.degradation).toBeUndefined();
    expect(await busEvents('instance.recovered')).toHaveLength(1);
    // The first crash resent after the recovery is still a duplicate: it cannot degrade the instance again.
    expect((await postEvent(crash)).json.outcome).toBe('duplicate');
    expect((await instanceNow()).status).toBe('RUNNING');
    expect(await busEvents('instance.degraded')).toHaveLength(1);
  });

  it('ignores events about nothing the platform runs, and events that say nothing of health', async () => {
    const pod = `${instanceNames('n8n', instance.id).base}-5d9c7b6f4-x2k4p`;
    expect((await postEvent(podEvent({ type: 'Normal', reason: 'Scheduled', pod }))).json.outcome).toBe('ignored');
    const elsewhere = { ...podEvent({ type: 'Warning', reason: 'BackOff', pod }), involvedObject: { kind: 'Pod', namespace: 'kube-system', name: 'coredns-1' } };
    expect((await postEvent(elsewhere)).json.outcome).toBe('ignored');
    // Another customer's namespace with this instance's label: not this instance.
    const foreign = podEvent({ type: 'Warning', reason: 'Evicted', pod, labels: { 'paas.example/instance': instance.id.toLowerCase() } });
    foreign.involvedObject.namespace = `cust-${ulid().toLowerCase()}`;
    expect((await postEvent(foreign)).json.outcome).toBe('ignored');
    expect((await instanceNow()).status).toBe('RUNNING');
  });

  it('refuses a bad signature and a stale timestamp with 400, none with 401, and a body without its fields with 400 naming them', async () => {
    const pod = `${instanceNames('n8n', instance.id).base}-5d9c7b6f4-x2k4p`;
    const event = podEvent({ type: 'Warning', reason: 'Evicted', pod });
    const bad = await postEvent(event, 'not the secret');
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([{ field: 'header.x-signature', message: 'does not match the body' }]);
    const stale = await postEvent(event, undefined, new Date(Date.now() - 10 * 60 * 1000));
    expect(stale.json.errors).toEqual([{ field: 'header.x-signature-timestamp', message: 'is outside the 300 s tolerance' }]);
    expect((await postRaw(platform(), '/v1/hooks/kubernetes', JSON.stringify(event), {})).status).toBe(401);
    const shapeless = await postEvent({ reason: 'Evicted' });
    expect(shapeless.status).toBe(400);
    expect(shapeless.json.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.metadata', 'body.involvedObject']));
    expect((await instanceNow()).status).toBe('RUNNING');
  });
});

describe('POST /v1/hooks/alerts (Alertmanager webhook, version 4)', () => {
  const body = () => ({
    version: '4',
    groupKey: '{}/{severity="critical"}:{alertname="InstanceDown"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'paas-platform',
    groupLabels: { alertname: 'InstanceDown' },
    commonLabels: { alertname: 'InstanceDown', severity: 'critical' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.local:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'InstanceDown', severity: 'critical', paas_instance: instance.id, job: 'n8n' },
        annotations: { summary: 'n8n does not answer its health check' },
        startsAt: '2026-03-01T11:00:00.000Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.local/graph',
        fingerprint: 'a1b2c3d4e5f60718',
      },
      {
        status: 'firing',
        labels: { alertname: 'InstanceDown', severity: 'critical', instance: 'node-exporter:9100' },
        annotations: { summary: 'A node exporter is down' },
        startsAt: '2026-03-01T11:00:05.000Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.local/graph',
        fingerprint: 'b1b2c3d4e5f60718',
      },
    ],
  });
  const bearer = (token = platform().inboundSecrets.alerts) => ({ authorization: `Bearer ${token}` });

  it('turns each alert into alert.firing for administrators and instance.alert for the owner of the instance it names, once', async () => {
    const first = await postRaw(platform(), '/v1/hooks/alerts', JSON.stringify(body()), bearer());
    expect(first).toEqual({ status: 202, json: { received: true, published: 3, duplicates: 0 } });
    // Alertmanager's repeat notification of the same group: acknowledged, nothing new.
    expect((await postRaw(platform(), '/v1/hooks/alerts', JSON.stringify(body()), bearer())).json).toEqual({ received: true, published: 0, duplicates: 2 });
    await platform().drainStreams();
    const firing = platform().bus.recent().filter((event) => event.type === 'alert.firing');
    expect(firing.map((event) => event.detail)).toEqual([
      expect.objectContaining({ alertName: 'InstanceDown', fingerprint: 'a1b2c3d4e5f60718', severity: 'critical', instanceId: instance.id }),
      expect.objectContaining({ alertName: 'InstanceDown', fingerprint: 'b1b2c3d4e5f60718', summary: 'A node exporter is down' }),
    ]);
    expect(await busEvents('instance.alert')).toEqual([
      expect.objectContaining({
        detail: { userId: customer.user.id, instanceId: instance.id, subscriptionId, alertName: 'InstanceDown', status: 'firing', severity: 'critical', summary: 'n8n does not answer its health check' },
      }),
    ]);

    // Resolved: a new status, so new events; signed with the HMAC scheme this time (a relay that signs).
    const resolved = { ...body(), status: 'resolved', alerts: body().alerts.map((alert) => ({ ...alert, status: 'resolved', endsAt: '2026-03-01T11:30:00.000Z' })) };
    expect((await postSigned(platform(), '/v1/hooks/alerts', resolved, platform().inboundSecrets.alerts)).json).toEqual({ received: true, published: 3, duplicates: 0 });
    await platform().drainStreams();
    expect(platform().bus.recent().filter((event) => event.type === 'alert.resolved')).toHaveLength(2);
    expect((await busEvents('instance.alert')).map((event) => (event.detail as { status: string }).status)).toEqual(['firing', 'resolved']);
  });

  it('refuses a wrong or missing token (401), a bad signature (400) and another body version (400)', async () => {
    expect((await postRaw(platform(), '/v1/hooks/alerts', JSON.stringify(body()), bearer('not-the-token'))).status).toBe(401);
    expect((await postRaw(platform(), '/v1/hooks/alerts', JSON.stringify(body()), {})).status).toBe(401);
    expect((await postSigned(platform(), '/v1/hooks/alerts', body(), 'not-the-token')).status).toBe(400);
    const v3 = await postRaw(platform(), '/v1/hooks/alerts', JSON.stringify({ ...body(), version: '3' }), bearer());
    expect(v3.status).toBe(400);
    expect(v3.json.errors).toEqual([{ field: 'body.version', message: expect.any(String) }]);
  });
});
