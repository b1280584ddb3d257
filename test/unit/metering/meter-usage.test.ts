import { describe, expect, it } from 'vitest';
import type { KindRef, KubeObject } from '../../../shared/kubernetes/cluster';
import { runMetering, type MeteringDeps } from '../../../shared/metering/meter-usage';
import type { MeteredInstance } from '../../../shared/metering/metered-instances';
import type { StoredSample, UsageStore } from '../../../shared/metering/usage-store';
import type { InstanceState } from '../../../shared/subscriptions/lifecycle';

const id = (n: number) => `01JD7Y7Q5B2S8X4N6R3T9V${String(n).padStart(4, '0')}`;
const pod = (instanceId: string): KubeObject => ({
  apiVersion: 'metrics.k8s.io/v1beta1',
  kind: 'PodMetrics',
  metadata: { name: `pod-${instanceId}`, labels: { 'paas.example/managed-by': 'paas-platform', 'paas.example/instance': instanceId.toLowerCase() } },
  containers: [{ name: 'app', usage: { cpu: '20m', memory: '100Mi' } }],
});
const volume = (instanceId: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: `data-${instanceId}`, labels: { 'paas.example/managed-by': 'paas-platform', 'paas.example/instance': instanceId.toLowerCase() } },
  status: { capacity: { storage: '5Gi' } },
});

/** A store that keeps samples in memory with the DynamoDB store's rule: a sample's hour and instance once. */
const memoryUsage = (failFor = new Set<string>()) => {
  const samples = new Map<string, StoredSample>();
  const store: UsageStore = {
    async putSample(stored) {
      if (failFor.has(stored.sample.instanceId)) throw new Error('throttled');
      const key = `${stored.subscriptionId}/${stored.sample.hour}/${stored.sample.instanceId}`;
      if (samples.has(key)) return 'exists';
      samples.set(key, stored);
      return 'written';
    },
    listSamples: async () => [],
  };
  return { store, samples };
};

const setup = (statuses: Record<string, InstanceState>, options: { pods?: KubeObject[]; claims?: KubeObject[]; clusterDown?: boolean; failFor?: Set<string> } = {}) => {
  const instances: MeteredInstance[] = Object.entries(statuses).map(([instanceId, status]) => ({ id: instanceId, subscriptionId: `sub-${instanceId}`, userId: 'user-1', status }));
  const usage = memoryUsage(options.failFor);
  const lookups: string[][] = [];
  const deps: MeteringDeps = {
    cluster: {
      list: async (kind: KindRef) => {
        if (options.clusterDown) throw new Error('connect ECONNREFUSED');
        return kind.kind === 'PodMetrics' ? (options.pods ?? Object.keys(statuses).map(pod)) : (options.claims ?? Object.keys(statuses).map(volume));
      },
    },
    instances: { getMany: async (ids) => (lookups.push([...ids]), instances.filter((i) => ids.includes(i.id))) },
    usage: usage.store,
    now: () => new Date('2026-11-26T10:17:03Z'),
  };
  return { deps, usage, lookups };
};

describe('a metering run', () => {
  it('writes one sample per running or degraded instance for the hour of its clock, with the TTL of the retention', async () => {
    const { deps, usage, lookups } = setup({ [id(1)]: 'RUNNING', [id(2)]: 'DEGRADED', [id(3)]: 'SUSPENDED', [id(4)]: 'DELETING' });
    const run = await runMetering(deps, { retentionDays: 90 });
    expect(run).toMatchObject({ at: '2026-11-26T10:17:03.000Z', hour: '2026-11-26T10:00:00.000Z', outcome: 'metered', instancesRead: 4, written: 2, notMetered: 2, alreadyMetered: 0, failed: 0 });
    expect(lookups).toEqual([[id(1), id(2), id(3), id(4)]]); // one lookup for all
    expect(usage.samples.get(`sub-${id(1)}/2026-11-26T10:00:00.000Z/${id(1)}`)).toEqual({
      subscriptionId: `sub-${id(1)}`,
      userId: 'user-1',
      sample: { hour: '2026-11-26T10:00:00.000Z', instanceId: id(1), cpuMillicores: 20, memoryMiB: 100, storageGiB: 5, pods: 1, measuredAt: '2026-11-26T10:17:03.000Z' },
      expiresAt: Date.parse('2027-02-24T10:00:00Z') / 1000,
    });
  });

  it('writes nothing twice when run again in the same hour, or twice at once', async () => {
    const { deps, usage } = setup({ [id(1)]: 'RUNNING', [id(2)]: 'RUNNING' });
    const [a, b] = await Promise.all([runMetering(deps, { retentionDays: 90 }), runMetering(deps, { retentionDays: 90 })]);
    expect(a.written + b.written).toBe(2);
    expect(a.alreadyMetered + b.alreadyMetered).toBe(2);
    const again = await runMetering({ ...deps, now: () => new Date('2026-11-26T10:59:59Z') }, { retentionDays: 90 });
    expect(again).toMatchObject({ written: 0, alreadyMetered: 2 });
    const nextHour = await runMetering({ ...deps, now: () => new Date('2026-11-26T11:00:00Z') }, { retentionDays: 90 });
    expect(nextHour).toMatchObject({ hour: '2026-11-26T11:00:00.000Z', written: 2 });
    expect(usage.samples.size).toBe(4);
  });

  it('skips ids the table does not know and instances with a volume but no metrics, and counts them', async () => {
    const { deps, usage } = setup({ [id(1)]: 'RUNNING', [id(2)]: 'RUNNING' }, { pods: [pod(id(1)), pod(id(9))], claims: [volume(id(1)), volume(id(2))] });
    const run = await runMetering(deps, { retentionDays: 90 });
    expect(run).toMatchObject({ instancesRead: 2, written: 1, unknown: 1, withoutMetrics: 1, outcome: 'metered' });
    expect([...usage.samples.values()].map((s) => s.sample.instanceId)).toEqual([id(1)]);
  });

  it('fails the run and writes nothing when the cluster cannot be read', async () => {
    const { deps, usage, lookups } = setup({ [id(1)]: 'RUNNING' }, { clusterDown: true });
    const run = await runMetering(deps, { retentionDays: 90 });
    expect(run).toMatchObject({ outcome: 'cluster-failed', written: 0, errorName: 'Error', errorMessage: 'connect ECONNREFUSED' });
    expect(usage.samples.size).toBe(0);
    expect(lookups).toEqual([]);
  });

  it('reports a run with failed writes as incomplete, and its retry writes only what is missing', async () => {
    const failFor = new Set([id(2)]);
    const { deps, usage } = setup({ [id(1)]: 'RUNNING', [id(2)]: 'RUNNING', [id(3)]: 'RUNNING' }, { failFor });
    const logged: string[] = [];
    const first = await runMetering(deps, { retentionDays: 90 }, (message, fields) => logged.push(`${message} ${fields.instanceId}`));
    expect(first).toMatchObject({ outcome: 'incomplete', written: 2, failed: 1 });
    expect(logged).toEqual([`usage metering: a sample could not be written, left for the retry ${id(2)}`]);
    failFor.clear();
    expect(await runMetering(deps, { retentionDays: 90 })).toMatchObject({ outcome: 'metered', written: 1, alreadyMetered: 2 });
    expect(usage.samples.size).toBe(3);
  });
});
