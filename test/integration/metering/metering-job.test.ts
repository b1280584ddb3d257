import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, QueryCommand } from '../../../shared/aws/dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedCluster, type SimulatedCluster } from '../../../infra/local/simulated-cluster/start-simulated-cluster';
import { keys } from '../../../shared/data/keys';
import { podMetricsKind } from '../../../shared/metering/cluster-usage';
import { AppError } from '../../../shared/errors/app-error';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { dynamoMeteredInstances } from '../../../shared/metering/dynamo-metered-instances';
import { dynamoUsageStore } from '../../../shared/metering/dynamo-usage-store';
import { runMetering, type MeteringDeps } from '../../../shared/metering/meter-usage';
import { subscriptionUsage } from '../../../shared/metering/subscription-usage';
import { hourStart, HOUR_MS } from '../../../shared/metering/usage-hour';
import { dynamoSubscriptionStore } from '../../../shared/subscriptions/dynamo-subscription-store';
import { useDynamoDbTable } from '../../support/dynamodb';
import { allows, platformRbacRules, rbacRequestOf } from '../../support/platform-rbac';
import { seedMeteredInstance, waitForPodMetrics, type MeteredInstanceFixture } from '../../support/metered-instances';

/**
 * The metering job against the simulated cluster (metrics.k8s.io served from the synthesized pods) and
 * DynamoDB Local: a sample per running instance and hour, nothing written twice, nothing written from a
 * half-read cluster, and two Kubernetes API calls a run however many instances there are.
 */
const table = useDynamoDbTable('metering');
const folder = mkdtempSync(join(tmpdir(), 'metering-'));
let sim: SimulatedCluster;
let deps: Omit<MeteringDeps, 'now'>;
const running: MeteredInstanceFixture[] = [];
const others: MeteredInstanceFixture[] = [];
/** Hours near the real clock, far enough ahead that nothing else meters them. */
const H0 = hourStart(new Date(Date.now() + 30 * 24 * HOUR_MS));
const at = (hours: number, minutes = 17) => new Date(H0.getTime() + hours * HOUR_MS + minutes * 60_000);
const settings = { retentionDays: 90 };

beforeAll(async () => {
  sim = await startSimulatedCluster({ rolloutDelayMs: 100, kubeconfigPath: join(folder, 'kubeconfig') });
  const { doc, tableName } = table();
  const setup = restCluster(kubeconfigFileSource(sim.kubeconfigPath));
  for (let i = 0; i < 3; i++) running.push(await seedMeteredInstance(setup, doc, tableName, 'RUNNING'));
  running.push(await seedMeteredInstance(setup, doc, tableName, 'DEGRADED'));
  // Pods that run but are not metered: a suspended instance (its scale-down not seen yet) and one still provisioning.
  others.push(await seedMeteredInstance(setup, doc, tableName, 'SUSPENDED'), await seedMeteredInstance(setup, doc, tableName, 'PROVISIONING'));
  await waitForPodMetrics(setup, [...running, ...others]);
  // The job's own client, as in its Lambda: discovery is cached for its lifetime.
  deps = { cluster: restCluster(kubeconfigFileSource(sim.kubeconfigPath)), instances: dynamoMeteredInstances(doc, tableName), usage: dynamoUsageStore(doc, tableName) };
});

afterAll(async () => {
  await sim?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const meter = (now: Date) => runMetering({ ...deps, now: () => now }, settings);
/** The Kubernetes API requests a piece of work sends, by `METHOD path`. */
const requestsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; requests: Record<string, number> }> => {
  const before = new Map(sim.requestCounts());
  const result = await work();
  const requests: Record<string, number> = {};
  for (const [key, count] of sim.requestCounts()) if (count > (before.get(key) ?? 0)) requests[key] = count - (before.get(key) ?? 0);
  return { result, requests };
};
const samplesOf = async (subscriptionId: string) => {
  const { doc, tableName } = table();
  const { Items = [] } = await doc.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :usage)',
      ExpressionAttributeValues: { ':pk': `SUBSCRIPTION#${subscriptionId}`, ':usage': 'USAGE#' },
      ConsistentRead: true,
    }),
  );
  return Items;
};
/** What the metrics API serves for a namespace's pods, summed by the test: nanocores (`123n`) and KiB (`456Ki`). */
const servedUsage = async (namespace: string) => {
  const pods = await deps.cluster.list(podMetricsKind, { namespace });
  const containers = pods.flatMap((pod) => (pod.containers ?? []) as { usage: { cpu: string; memory: string } }[]);
  const nanocores = containers.map((c) => Number(/^(\d+)n$/.exec(c.usage.cpu)![1]));
  const kibibytes = containers.map((c) => Number(/^(\d+)Ki$/.exec(c.usage.memory)![1]));
  return { cpuMillicores: nanocores.reduce((a, b) => a + b, 0) / 1e6, memoryMiB: kibibytes.reduce((a, b) => a + b, 0) / 1024 };
};
const allSamples = async () => (await Promise.all([...running, ...others].map((i) => samplesOf(i.subscriptionId)))).flat();

describe('the metering job', () => {
  it('writes one sample per running or degraded instance for the hour, with plausible figures and a TTL', async () => {
    const first = running[0]!;
    const servedBefore = await servedUsage(first.namespace);
    const run = await meter(at(0));
    const servedAfter = await servedUsage(first.namespace);
    expect(run).toMatchObject({ outcome: 'metered', hour: H0.toISOString(), instancesRead: 6, written: 4, notMetered: 2, unknown: 0, withoutMetrics: 0, failed: 0 });
    const { doc, tableName } = table();
    const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.usageSample(first.subscriptionId, H0.toISOString(), first.instanceId) }));
    expect(Item).toMatchObject({ type: 'UsageSample', userId: first.userId, hour: H0.toISOString(), pods: 1, storageGiB: 5, expiresAt: H0.getTime() / 1000 + 90 * 86_400 });
    // The sample is what the metrics API served for the instance's pods, converted to millicores and MiB (read
    // before and after the run: the served figures change on the hour, and the run may straddle one).
    const sample = { cpuMillicores: Item!.cpuMillicores as number, memoryMiB: Item!.memoryMiB as number };
    expect(sample.cpuMillicores).toBeGreaterThan(0);
    expect([servedBefore, servedAfter].some((served) => Math.abs(served.cpuMillicores - sample.cpuMillicores) <= 0.01 && Math.abs(served.memoryMiB - sample.memoryMiB) <= 0.01), JSON.stringify({ sample, servedBefore, servedAfter })).toBe(true);
    for (const other of others) expect(await samplesOf(other.subscriptionId)).toEqual([]);
  });

  it('writes nothing more when run again in the same hour, alone or two at once', async () => {
    expect(await meter(at(0, 59))).toMatchObject({ written: 0, alreadyMetered: 4 });
    const [a, b] = await Promise.all([meter(at(1, 5)), meter(at(1, 6))]);
    expect(a.written + b.written).toBe(4);
    expect(a.alreadyMetered + b.alreadyMetered).toBe(4);
    expect(await allSamples()).toHaveLength(8);
  });

  it('fails the run and writes nothing when the cluster fails halfway through the reading; the retry meters the hour', async () => {
    const before = (await allSamples()).length;
    sim.injectFaults({ count: 1, status: 503, method: 'GET', pathIncludes: '/persistentvolumeclaims' });
    const failed = await meter(at(2));
    expect(failed).toMatchObject({ outcome: 'cluster-failed', written: 0, errorName: 'TransientError' });
    expect(await allSamples()).toHaveLength(before);
    sim.injectFaults({ count: 2, status: 503 });
    expect(await meter(at(2, 30))).toMatchObject({ outcome: 'cluster-failed', written: 0 });
    sim.clearFaults();
    expect(await meter(at(2, 45))).toMatchObject({ outcome: 'metered', written: 4 });
    expect(await allSamples()).toHaveLength(before + 4);
  });

  it('sends two Kubernetes API requests a run, with 4 instances as with 10', async () => {
    const { requests: few } = await requestsDuring(() => meter(at(3)));
    expect(few).toEqual({ 'GET /apis/metrics.k8s.io/v1beta1/pods': 1, 'GET /api/v1/persistentvolumeclaims': 1 });
    // The platform's ClusterRole (infra/aws/kubernetes/platform-rbac.yaml) lets the job make them on EKS.
    for (const request of Object.keys(few)) {
      const [method, path] = request.split(' ') as [string, string];
      const needed = rbacRequestOf(method, path)!;
      expect(allows(platformRbacRules(), needed.apiGroup, needed.resource, needed.verb), request).toBe(true);
    }
    const { doc, tableName } = table();
    const setup = restCluster(kubeconfigFileSource(sim.kubeconfigPath));
    const more = await Promise.all(Array.from({ length: 6 }, () => seedMeteredInstance(setup, doc, tableName, 'RUNNING')));
    running.push(...more);
    await waitForPodMetrics(setup, more);
    const { result, requests: many } = await requestsDuring(() => meter(at(4)));
    expect(result.written).toBe(10);
    expect(many).toEqual(few);
  });

  it('answers a customer their samples in a range, oldest first, with totals; another customer 404', async () => {
    const { doc, tableName } = table();
    const first = running[0]!;
    const usageDeps = { subscriptions: dynamoSubscriptionStore(doc, tableName), usage: dynamoUsageStore(doc, tableName), now: () => at(10) };
    const usage = await subscriptionUsage(usageDeps, first.userId, first.subscriptionId, { from: H0.toISOString(), to: new Date(H0.getTime() + 5 * HOUR_MS).toISOString() });
    expect(usage.samples.map((s) => s.hour)).toEqual([0, 1, 2, 3, 4].map((h) => new Date(H0.getTime() + h * HOUR_MS).toISOString()));
    expect(usage.totals.hours).toBe(5);
    expect(usage.totals.storageGiBHours).toBe(25);
    expect(usage.totals.cpuMillicoreHours).toBeCloseTo(usage.samples.reduce((sum, s) => sum + s.cpuMillicores, 0), 3);
    // `to` is exclusive and `from` inclusive, compared with each sample's hour.
    const middle = await subscriptionUsage(usageDeps, first.userId, first.subscriptionId, { from: new Date(H0.getTime() + HOUR_MS).toISOString(), to: new Date(H0.getTime() + 3 * HOUR_MS).toISOString() });
    expect(middle.samples).toHaveLength(2);
    await expect(subscriptionUsage(usageDeps, running[1]!.userId, first.subscriptionId, {})).rejects.toMatchObject({ type: 'not-found' });
    await expect(subscriptionUsage(usageDeps, first.userId, first.subscriptionId, { from: H0.toISOString(), to: H0.toISOString() })).rejects.toBeInstanceOf(AppError);
  });
});
