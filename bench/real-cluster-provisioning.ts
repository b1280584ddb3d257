/**
 * Provisioning on the real control plane (infra/real-cluster), run by `npm run bench` in a process of its own
 * (the local platform's handlers keep their clients for the life of the process) and printing one JSON
 * object: POST /v1/subscriptions → ACTIVE over `runs` subscriptions one after another, less the time the
 * cluster itself took to make the pods Ready (first pod created → last pod Ready, from the pods' own
 * timestamps: whole seconds), which is the platform's own share; the Kubernetes API requests the platform's
 * identity sent per provisioning and per deprovisioning, counted from the API server's audit log; and the
 * control plane's start time from the built cache. Each run also upgrades its instance (n8n 1.64.0 → 1.65.0:
 * the pre-upgrade backup Job, the new image, its rollout) and changes its plan (starter → pro: resources,
 * quota, the volume grown, the rollout) before cancelling, each timed and counted the same way: the cluster
 * share of an operation = its new pods' first creation → last Ready plus its Jobs' start → completion.
 */
import { readFileSync } from 'node:fs';
import { BatchV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startLocalPlatform } from '../infra/local/local-platform';
import { startPlatformCluster } from '../infra/real-cluster/platform-cluster';
import { ensureRealClusterBuilt } from '../infra/real-cluster/build';
import { verifyCustomerEmail } from './bench-callers';
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
// The cluster admin's kubeconfig lets the local runner play the backup Jobs' pods (kwok runs no container).
const platform = await startLocalPlatform({ port: 0, seed: true, kubeconfig: cluster.platformKubeconfigPath, kwokAdminKubeconfig: cluster.kubeconfigPath, workflowWaitMilliseconds: pollWaitMs });
const auditLines = () => readFileSync(cluster.auditLogPath!, 'utf8').split('\n').filter((line) => line.includes('"username":"paas-platform"'));
const config = new KubeConfig();
config.loadFromFile(cluster.kubeconfigPath);
const core = config.makeApiClient(CoreV1Api);
const batch = config.makeApiClient(BatchV1Api);

/**
 * What the cluster itself took for an operation that began at `since`: its new pods' first creation → last
 * Ready, plus the Jobs it ran (start → completion). Whole seconds, from the objects' own timestamps.
 */
const clusterShareSince = async (namespace: string, instanceId: string, since: number) => {
  const selector = `paas.example/instance=${instanceId.toLowerCase()}`;
  // Timestamps are whole seconds: a pod made in the operation's first second counts as new.
  const after = (stamp?: Date | string) => stamp !== undefined && new Date(stamp).getTime() >= Math.floor(since / 1000) * 1000;
  const pods = (await core.listNamespacedPod({ namespace, labelSelector: selector })).items.filter((pod) => after(pod.metadata?.creationTimestamp) && !pod.metadata?.ownerReferences?.some((o) => o.kind === 'Job'));
  const readyTimes = pods.map((pod) => pod.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True')?.lastTransitionTime).filter((t) => t !== undefined);
  const rolloutMs = pods.length && readyTimes.length ? Math.max(0, Math.max(...readyTimes.map((t) => new Date(t).getTime())) - Math.min(...pods.map((pod) => new Date(pod.metadata!.creationTimestamp!).getTime()))) : 0;
  const jobs = (await batch.listNamespacedJob({ namespace, labelSelector: selector })).items.filter((job) => after(job.metadata?.creationTimestamp));
  const jobMs = jobs.reduce((sum, job) => sum + (job.status?.startTime && job.status.completionTime ? new Date(job.status.completionTime).getTime() - new Date(job.status.startTime).getTime() : 0), 0);
  return rolloutMs + jobMs;
};

type Operation = { totalMs: number; clusterMs: number; requests: number };
const rows: { totalMs: number; clusterMs: number; platformMs: number; provisionRequests: number; deprovisionRequests: number; upgrade: Operation; planChange: Operation }[] = [];
try {
  const admin = await platform.mintAdminToken({ email: 'bench-admin@example.com' });
  const agentToken = (await call(platform.url, 'POST', '/v1/admin/agent-tokens', admin, { name: 'bench real cluster' })).json.token as string;
  const version = await call(platform.url, 'POST', '/v1/admin/services/n8n/versions', admin, { version: '1.65.0', image: 'n8nio/n8n', tag: '1.65.0' });
  if (version.status !== 201) throw new Error(`POST /v1/admin/services/n8n/versions answered ${version.status}`);
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
    const email = `bench-real-${run}-${Date.now()}@example.com`;
    const { accessToken } = (await call(platform.url, 'POST', '/v1/auth/register', undefined, { email, password: 'bench correct horse battery', name: 'Bench' })).json;
    await verifyCustomerEmail(platform, email);
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
    const instancePath = `/v1/subscriptions/${subscription.id}/instance`;
    // An operation: its request, then the instance until it is RUNNING again with what the operation changes.
    const operation = async (path: string, body: unknown, done: (instance: Record<string, any>) => boolean): Promise<Operation> => {
      const auditBefore = auditLines().length;
      const began = Date.now();
      const answer = await call(platform.url, 'POST', path, accessToken, body);
      if (answer.status !== 202) throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.json).slice(0, 300)}`);
      const ended = await until(async () => (await call(platform.url, 'GET', instancePath, accessToken)).json, (i) => i.status === 'RUNNING' && done(i), path, 300_000);
      const opTotal = Date.now() - began;
      if (!done(ended)) throw new Error(`${path} did not take effect`);
      return { totalMs: opTotal, clusterMs: await clusterShareSince(instance.namespace, instance.id, began), requests: auditLines().length - auditBefore };
    };
    const upgrade = await operation(`${instancePath}/upgrade`, { version: '1.65.0' }, (i) => i.appVersion === '1.65.0');
    const planChange = await operation(`/v1/subscriptions/${subscription.id}/change-plan`, { planId: 'pro' }, (i) => i.resources?.cpuMillicores === 2000);
    const operated = auditLines().length;
    await call(platform.url, 'POST', `/v1/subscriptions/${subscription.id}/cancel`, accessToken);
    await until(async () => (await call(platform.url, 'GET', `/v1/subscriptions/${subscription.id}/instance`, accessToken)).json.status, (s) => s === 'DELETED', 'DELETED');
    const deprovisioned = auditLines().length;
    if (run === 0) continue;
    rows.push({ totalMs, clusterMs, platformMs: totalMs - clusterMs, provisionRequests: provisioned - before, deprovisionRequests: deprovisioned - operated, upgrade, planChange });
  }
} finally {
  await platform.stop();
  await cluster.stop();
}

const p = (values: number[], q: number) => round(percentile(values, q), 0);
const summary = (operations: Operation[]) => ({
  totalMs: { p50: p(operations.map((o) => o.totalMs), 50), p95: p(operations.map((o) => o.totalMs), 95) },
  clusterShareMs: { p50: p(operations.map((o) => o.clusterMs), 50) },
  platformShareMs: { p50: p(operations.map((o) => o.totalMs - o.clusterMs), 50), p95: p(operations.map((o) => o.totalMs - o.clusterMs), 95) },
  kubernetesRequests: p(operations.map((o) => o.requests), 50),
});
console.log(
  JSON.stringify({
    runs: rows.length,
    pollWaitMs,
    clusterStartMs,
    totalMs: { p50: p(rows.map((r) => r.totalMs), 50), p95: p(rows.map((r) => r.totalMs), 95) },
    clusterShareMs: { p50: p(rows.map((r) => r.clusterMs), 50), p95: p(rows.map((r) => r.clusterMs), 95) },
    platformShareMs: { p50: p(rows.map((r) => r.platformMs), 50), p95: p(rows.map((r) => r.platformMs), 95) },
    kubernetesRequests: { provision: p(rows.map((r) => r.provisionRequests), 50), deprovision: p(rows.map((r) => r.deprovisionRequests), 50) },
    upgrade: summary(rows.map((r) => r.upgrade)),
    planChange: summary(rows.map((r) => r.planChange)),
  }),
);
process.exit(0);
