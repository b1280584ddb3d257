import { describe, expect, it } from 'vitest';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { eventually, useSimulatedCluster } from './use-simulated-cluster';

/** metrics.k8s.io/v1beta1 as metrics-server serves it: PodMetrics of the running pods, read only, with selectors. */

const cluster = useSimulatedCluster({ rolloutDelayMs: 50 });

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cluster().cluster.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

const deployment = (namespace: string, name: string, image: string, labels: Record<string, string>) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace, labels },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name, ...labels } },
      spec: {
        containers: [
          { name: 'web', image, resources: { requests: { cpu: '400m', memory: '512Mi' } } },
          { name: 'sidecar', image: 'busybox:1', resources: { requests: { cpu: '100m', memory: '64Mi' } } },
        ],
      },
    },
  },
});

describe('the metrics API of the simulated cluster', () => {
  it('serves PodMetrics of running pods, cluster-wide and per namespace, with label selectors, and refuses writes', async () => {
    const port = restCluster(kubeconfigFileSource(cluster().kubeconfigPath));
    await port.apply([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'metrics-a' } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'metrics-b' } },
      deployment('metrics-a', 'shop', 'nginx:1.27', { tier: 'paid' }),
      deployment('metrics-b', 'blog', 'nginx:1.27', { tier: 'free' }),
      deployment('metrics-b', 'broken', 'nginx:fail', { tier: 'free' }),
    ]);

    const groups = (await call('GET', '/apis')).body.groups.map((g: { name: string }) => g.name);
    expect(groups).toContain('metrics.k8s.io');
    expect((await call('GET', '/apis/metrics.k8s.io/v1beta1')).body.resources).toEqual([
      expect.objectContaining({ name: 'pods', kind: 'PodMetrics', namespaced: true, verbs: ['get', 'list'] }),
    ]);

    const all = await eventually(async () => {
      const listed = await port.list({ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics' });
      return listed.length === 4 ? listed : undefined;
    });
    // The failing rollout's pods never run, so they have no metrics.
    expect(all.map((m) => m.metadata.name).every((name) => !name.startsWith('broken'))).toBe(true);
    const paid = await port.list({ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics' }, { labelSelector: 'tier=paid' });
    expect(paid.map((m) => m.metadata.namespace)).toEqual(['metrics-a', 'metrics-a']);
    const inB = await port.list({ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics' }, { namespace: 'metrics-b' });
    expect(inB).toHaveLength(2);

    const one = paid[0]!;
    expect(one).toMatchObject({ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', window: '15s', metadata: { labels: { app: 'shop', tier: 'paid' } } });
    const containers = one.containers as { name: string; usage: { cpu: string; memory: string } }[];
    expect(containers.map((c) => c.name)).toEqual(['web', 'sidecar']);
    const web = containers[0]!.usage;
    expect(web.cpu).toMatch(/^\d+n$/);
    expect(web.memory).toMatch(/^\d+Ki$/);
    // 5–60 % of the 400m requested, 35–85 % of the 512Mi.
    expect(Number(web.cpu.slice(0, -1)) / 1e6).toBeGreaterThanOrEqual(400 * 0.05);
    expect(Number(web.cpu.slice(0, -1)) / 1e6).toBeLessThanOrEqual(400 * 0.6);
    expect(Number(web.memory.slice(0, -2)) / 1024).toBeGreaterThanOrEqual(512 * 0.35);
    expect(Number(web.memory.slice(0, -2)) / 1024).toBeLessThanOrEqual(512 * 0.85);

    const got = await call('GET', `/apis/metrics.k8s.io/v1beta1/namespaces/metrics-a/pods/${one.metadata.name}`);
    expect(got.status).toBe(200);
    expect(got.body.containers).toEqual(one.containers); // the same figures on every read within the hour
    expect((await call('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/metrics-a/pods/no-such-pod')).status).toBe(404);
    expect((await call('POST', '/apis/metrics.k8s.io/v1beta1/namespaces/metrics-a/pods', { metadata: { name: 'x' } })).status).toBe(405);
  });
});
