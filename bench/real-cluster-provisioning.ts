/**
 * Provisioning on the real control plane (infra/real-cluster), run by `npm run bench` in a process of its own
 * (the local platform's handlers keep their clients for the life of the process) and printing one JSON
 * object: POST /v1/subscriptions → ACTIVE over `runs` subscriptions one after another, less the time the
 * cluster itself took to make the pods Ready (first pod created → last pod Ready, from the pods' own
 * timestamps: whole seconds), which is the platform's own share; the Kubernetes API requests the platform's
 * identity sent per provisioning and per deprovisioning, counted from the API server's audit log; and the
 * control plane's start time from the built cache.
 */
import { readFileSync } from 'node:fs';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startLocalPlatform } from '../infra/local/local-platform';
import { startPlatformCluster } from '../infra/real-cluster/platform-cluster';
import { ensureRealClusterBuilt } from '../infra/real-cluster/build';
import { percentile, round } from './stats';

const runs = Number(process.env.BENCH_REAL_PROVISION_RUNS ?? 10);
const pollWaitMs = Number(process.env.BENCH_WORKFLOW_WAIT_MS ?? 1000);

const call = async (base: string, method: string, path: string, token?: string, body?: unknown) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, any>) : {} };
};
const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

await ensureRealClusterBuilt();
const clusterStarted = Date.now();
const cluster = await startPlatformCluster({ auditUsers: ['paas-platform'] });
const clusterStartMs = Date.now() - clusterStarted;
const platform = await startLocalPlatform({ port: 0, seed: true, kubeconfig: cluster.platformKubeconfigPath, workflowWaitMilliseconds: pollWaitMs });
const auditLines = () => readFileSync(cluster.auditLogPath!, 'utf8').split('\n').filter((line) => line.includes('"username":"paas-platform"'));
const config = new KubeConfig();
config.loadFromFile(cluster.kubeconfigPath);
const core = config.makeApiClient(CoreV1Api);

const rows: { totalMs: number; clusterMs: number; platformMs: number; provisionRequests: number; deprovisionRequests: number }[] = [];
try {
  const admin = await platform.mintAdminToken({ email: 'bench-admin@example.com' });
  const agentToken = (await call(platform.url, 'POST', '/v1/admin/agent-tokens', admin, { name: 'bench real cluster' })).json.token as string;
  for (const node of cluster.nodes) {
    await call(platform.url, 'POST', '/v1/agent/register', agentToken, { nodeName: node, agentVersion: '0.1.0', system: { cpuCores: 4, memoryTotalBytes: 16 * 2 ** 30, diskTotalBytes: 100 * 2 ** 30, kernel: '6.1.0' } });
  }
  const heartbeat = () =>
    Promise.all(
      cluster.nodes.map((node) =>
        call(platform.url, 'POST', '/v1/agent/heartbeat', agentToken, {
          nodeName: node, agentVersion: '0.1.0', sentAt: new Date().toISOString(), cpu: { usagePercent: 10, cores: 4 },
          memory: { usedBytes: 2 ** 30, totalBytes: 16 * 2 ** 30 }, load: { one: 0.1, five: 0.1, fifteen: 0.1 }, disk: { usedBytes: 2 ** 30, totalBytes: 100 * 2 ** 30 }, uptimeSeconds: 60,
        }),
      ),
    );
  // One warm-up run first (handlers loaded, discovery cached), left out of the figures.
  for (let run = 0; run <= runs; run++) {
    await heartbeat();
    const { accessToken } = (await call(platform.url, 'POST', '/v1/auth/register', undefined, { email: `bench-real-${run}-${Date.now()}@example.com`, password: 'bench correct horse battery', name: 'Bench' })).json;
    const before = auditLines().length;
    const started = Date.now();
    const created = await call(platform.url, 'POST', '/v1/subscriptions', accessToken, { serviceSlug: 'n8n', planId: 'starter' });
    if (created.status !== 202) throw new Error(`POST /v1/subscriptions answered ${created.status}`);
    const { subscription, instance } = created.json;
    await until(async () => (await call(platform.url, 'GET', `/v1/subscriptions/${subscription.id}`, accessToken)).json.status, (s) => s === 'ACTIVE' || s === 'FAILED', 'ACTIVE');
    const totalMs = Date.now() - started;
    const pods = (await core.listNamespacedPod({ namespace: instance.namespace, labelSelector: `paas.example/instance=${String(instance.id).toLowerCase()}` })).items;
    const createdAt = Math.min(...pods.map((pod) => new Date(pod.metadata!.creationTimestamp!).getTime()));
    const readyAt = Math.max(...pods.map((pod) => new Date(pod.status!.conditions!.find((c) => c.type === 'Ready')!.lastTransitionTime!).getTime()));
    const clusterMs = Math.max(0, readyAt - createdAt);
    const provisioned = auditLines().length;
    await call(platform.url, 'POST', `/v1/subscriptions/${subscription.id}/cancel`, accessToken);
    await until(async () => (await call(platform.url, 'GET', `/v1/subscriptions/${subscription.id}/instance`, accessToken)).json.status, (s) => s === 'DELETED', 'DELETED');
    const deprovisioned = auditLines().length;
    if (run === 0) continue;
    rows.push({ totalMs, clusterMs, platformMs: totalMs - clusterMs, provisionRequests: provisioned - before, deprovisionRequests: deprovisioned - provisioned });
  }
} finally {
  await platform.stop();
  await cluster.stop();
}

const p = (values: number[], q: number) => round(percentile(values, q), 0);
console.log(
  JSON.stringify({
    runs: rows.length,
    pollWaitMs,
    clusterStartMs,
    totalMs: { p50: p(rows.map((r) => r.totalMs), 50), p95: p(rows.map((r) => r.totalMs), 95) },
    clusterShareMs: { p50: p(rows.map((r) => r.clusterMs), 50), p95: p(rows.map((r) => r.clusterMs), 95) },
    platformShareMs: { p50: p(rows.map((r) => r.platformMs), 50), p95: p(rows.map((r) => r.platformMs), 95) },
    kubernetesRequests: { provision: p(rows.map((r) => r.provisionRequests), 50), deprovision: p(rows.map((r) => r.deprovisionRequests), 50) },
  }),
);
process.exit(0);
