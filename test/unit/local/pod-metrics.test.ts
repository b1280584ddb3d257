import { describe, expect, it } from 'vitest';
import { isRunning, podMetricsOf } from '../../../infra/local/simulated-cluster/pod-metrics';
import type { KubeObject } from '../../../infra/local/simulated-cluster/kube-object';

const pod = (uid: string, phase = 'Running'): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `pod-${uid}`, namespace: 'ns', uid, labels: { app: 'x' } },
  spec: { containers: [{ name: 'app', image: 'x:1', resources: { requests: { cpu: '1', memory: '1Gi' } } }, { name: 'bare', image: 'y:1' }] },
  status: { phase },
});
const figures = (metrics: KubeObject) =>
  (metrics.containers as { usage: { cpu: string; memory: string } }[]).map((c) => ({ millicores: Number(c.usage.cpu.slice(0, -1)) / 1e6, mib: Number(c.usage.memory.slice(0, -2)) / 1024 }));

describe('simulated pod metrics', () => {
  it('are the same within an hour, change from hour to hour and from pod to pod, and stay within a share of the requests', () => {
    const first = figures(podMetricsOf(pod('a'), new Date('2026-11-26T10:01:00Z')));
    expect(figures(podMetricsOf(pod('a'), new Date('2026-11-26T10:59:00Z')))).toEqual(first);
    expect(figures(podMetricsOf(pod('a'), new Date('2026-11-26T11:01:00Z')))).not.toEqual(first);
    expect(figures(podMetricsOf(pod('b'), new Date('2026-11-26T10:01:00Z')))).not.toEqual(first);
    for (let hour = 0; hour < 48; hour++) {
      const [app, bare] = figures(podMetricsOf(pod('a'), new Date(Date.parse('2026-11-26T00:00:00Z') + hour * 3_600_000)));
      expect(app!.millicores).toBeGreaterThanOrEqual(50);
      expect(app!.millicores).toBeLessThanOrEqual(600);
      expect(app!.mib).toBeGreaterThanOrEqual(1024 * 0.35 - 0.001);
      expect(app!.mib).toBeLessThanOrEqual(1024 * 0.85);
      // A container without requests is taken to ask for 100m and 128Mi.
      expect(bare!.millicores).toBeLessThanOrEqual(60);
      expect(bare!.mib).toBeLessThanOrEqual(128 * 0.85);
    }
  });

  it('exist only for running pods, carry their labels and the last 15-second scrape as their time', () => {
    expect(isRunning(pod('a'))).toBe(true);
    expect(isRunning(pod('a', 'Pending'))).toBe(false);
    const metrics = podMetricsOf(pod('a'), new Date('2026-11-26T10:01:07.500Z'));
    expect(metrics).toMatchObject({ kind: 'PodMetrics', metadata: { name: 'pod-a', namespace: 'ns', labels: { app: 'x' } }, timestamp: '2026-11-26T10:01:00.000Z', window: '15s' });
  });
});
