import { describe, expect, it } from 'vitest';
import type { KindRef, KubeObject } from '../../../shared/kubernetes/cluster';
import { groupUsage, meteredSelector, readClusterUsage } from '../../../shared/metering/cluster-usage';

const A = '01JD7Y7Q5B2S8X4N6R3T9V0AAA';
const B = '01JD7Y7Q5B2S8X4N6R3T9V0BBB';
const labels = (instanceId?: string) => ({ 'paas.example/managed-by': 'paas-platform', ...(instanceId && { 'paas.example/instance': instanceId.toLowerCase() }) });

const podMetrics = (name: string, instanceId: string | undefined, containers: [cpu: string, memory: string][]): KubeObject => ({
  apiVersion: 'metrics.k8s.io/v1beta1',
  kind: 'PodMetrics',
  metadata: { name, namespace: 'cust-x', labels: labels(instanceId) },
  timestamp: '2026-11-26T10:17:00Z',
  window: '15s',
  containers: containers.map(([cpu, memory], i) => ({ name: `c${i}`, usage: { cpu, memory } })),
});
const claim = (name: string, instanceId: string, capacity?: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'cust-x', labels: labels(instanceId) },
  spec: { resources: { requests: { storage: '99Gi' } } },
  status: capacity ? { phase: 'Bound', capacity: { storage: capacity } } : { phase: 'Pending' },
});

describe('grouping the cluster usage per instance', () => {
  it('sums pods and containers per instance label, in millicores, MiB and GiB, ids back in upper case', () => {
    const usage = groupUsage(
      [
        podMetrics('wordpress-0', A, [['25000000n', '102400Ki'], ['1500000n', '1024Ki']]),
        podMetrics('mariadb-0', A, [['10m', '200Mi']]),
        podMetrics('n8n-0', B, [['1234567n', '51200Ki']]),
      ],
      [claim('wordpress-data', A, '5Gi'), claim('mariadb-data', A, '1536Mi'), claim('n8n-data', B, '2Gi')],
    );
    expect(Object.fromEntries(usage.readings)).toEqual({
      [A]: { cpuMillicores: 36.5, memoryMiB: 301, storageGiB: 6.5, pods: 2 },
      [B]: { cpuMillicores: 1.235, memoryMiB: 50, storageGiB: 2, pods: 1 },
    });
    expect(usage).toMatchObject({ withoutMetrics: [], unreadable: [], podsRead: 3, claimsRead: 3 });
  });

  it('counts a volume with no pod in the metrics API apart (no sample), and an unbound claim as no storage', () => {
    const usage = groupUsage([podMetrics('n8n-0', A, [['1m', '1Mi']])], [claim('n8n-data', A), claim('ghost-data', B, '1Gi')]);
    expect(usage.readings.get(A)).toEqual({ cpuMillicores: 1, memoryMiB: 1, storageGiB: 0, pods: 1 });
    expect(usage.readings.has(B)).toBe(false);
    expect(usage.withoutMetrics).toEqual([B]);
  });

  it('gives no reading for an instance with a figure that is not a quantity, and ignores objects of no instance', () => {
    const usage = groupUsage(
      [podMetrics('bad-0', A, [['lots', '1Mi']]), podMetrics('stray', undefined, [['1m', '1Mi']]), podMetrics('n8n-0', B, [['1m', '1Mi']])],
      [claim('n8n-data', B, '-1Gi')],
    );
    expect([...usage.readings.keys()]).toEqual([]);
    expect(usage.unreadable.sort()).toEqual([A, B]);
  });
});

describe('reading the cluster', () => {
  it('is two label-selected lists across all namespaces, however many instances there are', async () => {
    const calls: { kind: KindRef; options?: { namespace?: string; labelSelector?: string } }[] = [];
    const pods = Array.from({ length: 300 }, (_, i) => podMetrics(`p${i}`, `01JD7Y7Q5B2S8X4N6R3T9V${String(i).padStart(4, '0')}`, [['1m', '1Mi']]));
    const cluster = {
      list: async (kind: KindRef, options?: { namespace?: string; labelSelector?: string }) => {
        calls.push({ kind, options });
        return kind.kind === 'PodMetrics' ? pods : [];
      },
    };
    const usage = await readClusterUsage(cluster);
    expect(usage.readings.size).toBe(300);
    expect(calls).toEqual([
      { kind: { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics' }, options: { labelSelector: meteredSelector } },
      { kind: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' }, options: { labelSelector: meteredSelector } },
    ]);
    expect(meteredSelector).toBe('paas.example/managed-by=paas-platform,paas.example/instance');
  });
});
