import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import { clientNodeCluster } from '../shared/kubernetes/client-node-cluster';
import { kubeconfigFileSource } from '../shared/kubernetes/kube-config-source';
import { HOUR_MS, hourStart } from '../shared/metering/usage-hour';
import { seedMeteredInstance, waitForPodMetrics, type MeteredInstanceFixture } from '../test/support/metered-instances';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { table } from './report';
import { msSince, round } from './stats';

/**
 * The metering job's cost per run against the number of instances (issue: "metering's Kubernetes API calls
 * per run for 100 instances in 100 namespaces"). The instances are made directly, not provisioned: each
 * customer's namespace and n8n objects applied to the simulated cluster, the subscription and instance
 * written to the table. The job runs through the local jobs endpoint (`npm run job`) at hours of its own,
 * and every Kubernetes API request (the simulated cluster's count) and DynamoDB request it sends is counted.
 */
export interface MeteringRunFigures {
  run: string;
  instances: number;
  hour: string;
  ms: number;
  kubernetesCalls: number;
  kubernetesRequests: Record<string, number>;
  dynamodbRequests: number;
  operations: Record<string, number>;
  capacityUnits: number;
  written: number;
  alreadyMetered: number;
}

const SEED_CONCURRENCY = 10;

export const measureMetering = async (platform: LocalPlatform, adminToken: string, options: { few: number; many: number }) => {
  const kubernetes = platform.kubernetes;
  const sim = kubernetes?.simulatedCluster;
  if (!kubernetes || !sim) throw new Error('metering is measured on the simulated cluster; KUBECONFIG points at another one');
  const cluster = clientNodeCluster(kubeconfigFileSource(kubernetes.kubeconfigPath));
  const db = dynamoDocumentClient();
  const fixtures: MeteredInstanceFixture[] = [];
  const hours: string[] = [];

  const seed = async (count: number) => {
    const started = process.hrtime.bigint();
    const added: MeteredInstanceFixture[] = [];
    for (let made = 0; made < count; made += SEED_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(SEED_CONCURRENCY, count - made) }, () => seedMeteredInstance(cluster, db, platform.tableName, 'RUNNING'));
      added.push(...(await Promise.all(batch)));
    }
    fixtures.push(...added);
    await waitForPodMetrics(cluster, added, 60_000);
    return round(msSince(started) / 1000, 1);
  };

  // Hours two days ahead of the real clock: the local scheduler's own hourly run never meters them.
  const firstHour = hourStart(new Date(Date.now() + 48 * HOUR_MS));
  const recorder = attachCapacityRecorder(db);
  const run = async (label: string, hourIndex: number): Promise<MeteringRunFigures> => {
    const now = new Date(firstHour.getTime() + hourIndex * HOUR_MS + 7 * 60_000);
    await platform.drainStreams();
    recorder.take();
    const before = new Map(sim.requestCounts());
    const started = process.hrtime.bigint();
    const answer = await fetch(`${platform.url}/_local/jobs/usage-metering?now=${now.toISOString()}`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const ms = msSince(started);
    const body = (await answer.json()) as { result?: { outcome: string; hour: string; written: number; alreadyMetered: number } };
    const commands = recorder.take().filter((c) => !isHealthMonitor(c));
    if (answer.status !== 200 || body.result?.outcome !== 'metered') throw new Error(`the metering job answered ${answer.status}: ${JSON.stringify(body).slice(0, 300)}`);
    const kubernetesRequests: Record<string, number> = {};
    for (const [request, count] of sim.requestCounts()) if (count > (before.get(request) ?? 0)) kubernetesRequests[request] = count - (before.get(request) ?? 0);
    const operations: Record<string, number> = {};
    for (const command of commands) operations[command.operation] = (operations[command.operation] ?? 0) + 1;
    if (!hours.includes(body.result.hour)) hours.push(body.result.hour);
    return {
      run: label,
      instances: fixtures.length,
      hour: body.result.hour,
      ms: round(ms, 1),
      kubernetesCalls: Object.values(kubernetesRequests).reduce((sum, n) => sum + n, 0),
      kubernetesRequests,
      dynamodbRequests: commands.length,
      operations,
      capacityUnits: round(commands.reduce((sum, c) => sum + c.capacityUnits, 0), 1),
      written: body.result.written,
      alreadyMetered: body.result.alreadyMetered,
    };
  };

  try {
    const fewSeedSeconds = await seed(options.few);
    const cold = await run('first (client-node discovers the 2 API groups once)', 0);
    const few = await run('warm', 1);
    const manySeedSeconds = await seed(options.many - options.few);
    const many = await run('warm', 2);
    const again = await run('again, same hour (writes refused)', 2);
    return {
      seedSeconds: { few: fewSeedSeconds, many: manySeedSeconds },
      runs: [cold, few, many, again],
      /** The promise: the calls per run do not grow with the instances. */
      callsConstant: few.kubernetesCalls === many.kubernetesCalls,
      instanceRatio: round(many.instances / few.instances, 2),
      requestRatio: round(many.dynamodbRequests / few.dynamodbRequests, 2),
      timeRatio: round(many.ms / few.ms, 2),
    };
  } finally {
    recorder.detach();
    await removeFixtures(platform, cluster, fixtures, hours);
  }
};

/** Leaves the platform as it was: the namespaces, and the subscriptions, instances and samples written. */
const removeFixtures = async (platform: LocalPlatform, cluster: ReturnType<typeof clientNodeCluster>, fixtures: MeteredInstanceFixture[], hours: string[]) => {
  const db = dynamoDocumentClient();
  const itemKeys = fixtures.flatMap((f) => [
    keys.subscription(f.userId, f.subscriptionId),
    keys.subscriptionOwner(f.subscriptionId),
    keys.instance(f.instanceId),
    ...hours.map((hour) => keys.usageSample(f.subscriptionId, hour, f.instanceId)),
  ]);
  for (let start = 0; start < itemKeys.length; start += 25) {
    let batch: Record<string, unknown>[] | undefined = itemKeys.slice(start, start + 25).map((Key) => ({ DeleteRequest: { Key } }));
    while (batch?.length) {
      const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [platform.tableName]: batch as never } }));
      batch = UnprocessedItems?.[platform.tableName] as Record<string, unknown>[] | undefined;
    }
  }
  for (const fixture of fixtures) await cluster.delete({ apiVersion: 'v1', kind: 'Namespace' }, fixture.namespace);
};

export type MeteringFigures = Awaited<ReturnType<typeof measureMetering>>;

export const meteringLines = (m: MeteringFigures): string =>
  [
    table(
      `Usage metering job: instances in a namespace each (written in ${m.seedSeconds.few} s, then ${m.seedSeconds.many} s), one run per row through the local jobs endpoint`,
      ['run', 'instances', 'ms', 'K8s calls', 'K8s requests', 'DynamoDB requests', 'operations', 'capacity', 'written', 'already'],
      m.runs.map((r) => [
        r.run,
        r.instances,
        r.ms,
        r.kubernetesCalls,
        Object.entries(r.kubernetesRequests).map(([request, n]) => `${n} ${request}`).join(' + '),
        r.dynamodbRequests,
        Object.entries(r.operations).map(([op, n]) => `${n} ${op}`).join(' + '),
        r.capacityUnits,
        r.written,
        r.alreadyMetered,
      ]),
    ),
    `${m.instanceRatio} x the instances: the same ${m.runs[2]!.kubernetesCalls} Kubernetes API calls per run (${m.callsConstant ? 'constant' : 'NOT constant'}), ${m.requestRatio} x the DynamoDB requests (a conditional PutItem per instance, a BatchGetItem per 100) and ${m.timeRatio} x the time.`,
  ].join('\n');
