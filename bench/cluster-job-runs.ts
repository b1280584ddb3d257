import { BatchWriteCommand } from '../shared/aws/dynamodb';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import { restCluster } from '../shared/kubernetes/rest-cluster';
import { kubeconfigFileSource } from '../shared/kubernetes/kubeconfig-file-source';
import { seedMeteredInstance, waitForPodMetrics, type MeteredInstanceFixture } from '../test/support/metered-instances';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { msSince, round } from './stats';

/**
 * What the jobs that read the cluster per run (metering, pod health) are measured with: running instances
 * made directly (each customer's namespace with the rendered n8n objects applied to the simulated cluster,
 * the subscription and instance written to the table), the job run through the local jobs endpoint, and
 * every Kubernetes API request (the simulated cluster's count) and DynamoDB request it sends counted. Both
 * benches run the same sequence (few instances: a first run, a warm one; then many: a warm run, one again)
 * so their figures read alike; each keeps its own labels, result fields and checks.
 */
export interface JobRunCounts {
  ms: number;
  kubernetesCalls: number;
  kubernetesRequests: Record<string, number>;
  dynamodbRequests: number;
  operations: Record<string, number>;
}

export interface ClusterJobRun<Result> {
  result: Result;
  /** The instances seeded when the job ran. */
  instances: number;
  counts: JobRunCounts;
  /** DynamoDB capacity as DynamoDB Local reports it. */
  capacityUnits: number;
}

export type RunJob = <Result>(job: string, options?: { query?: string; accept?: (result: Result) => boolean }) => Promise<ClusterJobRun<Result>>;

/** The four runs of a bench, in order: few instances (first in the process, then warm), many (warm, again). */
export type RunStep = 'first' | 'few' | 'many' | 'again';

/** A row of a bench's table: at least the counts, against the instances seeded. */
export interface RunFigures extends JobRunCounts {
  run: string;
  instances: number;
}

const SEED_CONCURRENCY = 10;

/**
 * The local runtime's Job runner (infra/local/backup-jobs/local-job-runner.ts, standing in for the nodes that
 * run backup Jobs) lists the cluster's Jobs every second; a run it overlaps must not be charged for it. No job
 * measured here lists Jobs.
 */
const LOCAL_JOB_RUNNER_LIST = 'GET /apis/batch/v1/jobs';

/**
 * Seeds `few` running instances, runs the job twice, seeds up to `many`, runs it twice more, and removes
 * every fixture whatever happened. `run` makes one row of figures with `runJob`; `hours` names the usage
 * hours to clean up after (metering writes samples under them).
 */
export const measureClusterJob = async <Figures extends RunFigures>(
  platform: LocalPlatform,
  adminToken: string,
  options: { few: number; many: number },
  job: { subject: string; run: (runJob: RunJob, step: RunStep) => Promise<Figures>; hours?: () => string[] },
) => {
  const kubernetes = platform.kubernetes;
  const sim = kubernetes?.simulatedCluster;
  if (!kubernetes || !sim) throw new Error(`${job.subject} is measured on the simulated cluster; KUBECONFIG points at another one`);
  const cluster = restCluster(kubeconfigFileSource(kubernetes.kubeconfigPath));
  const db = dynamoDocumentClient();
  const fixtures: MeteredInstanceFixture[] = [];

  const seed = async (count: number) => {
    const started = process.hrtime.bigint();
    const added: MeteredInstanceFixture[] = [];
    for (let made = 0; made < count; made += SEED_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(SEED_CONCURRENCY, count - made) }, () => seedMeteredInstance(cluster, db, platform.tableName, 'RUNNING'));
      added.push(...(await Promise.all(batch)));
    }
    fixtures.push(...added);
    // Running pods are those of a finished rollout: metering finds their metrics, the pod-health check finds them Ready.
    await waitForPodMetrics(cluster, added, 60_000);
    return round(msSince(started) / 1000, 1);
  };

  const recorder = attachCapacityRecorder(db);
  const runJob: RunJob = async <Result>(name: string, { query = '', accept = (_result: Result): boolean => true } = {}) => {
    await platform.drainStreams();
    recorder.take();
    const before = new Map(sim.requestCounts());
    const started = process.hrtime.bigint();
    const answer = await fetch(`${platform.url}/_local/jobs/${name}${query}`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const ms = msSince(started);
    const body = (await answer.json()) as { result?: Result };
    const commands = recorder.take().filter((c) => !isHealthMonitor(c));
    if (answer.status !== 200 || body.result === undefined || !accept(body.result)) throw new Error(`the ${name} job answered ${answer.status}: ${JSON.stringify(body).slice(0, 300)}`);
    const kubernetesRequests: Record<string, number> = {};
    for (const [request, count] of sim.requestCounts()) {
      if (request === LOCAL_JOB_RUNNER_LIST) continue;
      if (count > (before.get(request) ?? 0)) kubernetesRequests[request] = count - (before.get(request) ?? 0);
    }
    const operations: Record<string, number> = {};
    for (const command of commands) operations[command.operation] = (operations[command.operation] ?? 0) + 1;
    return {
      result: body.result,
      instances: fixtures.length,
      counts: {
        ms: round(ms, 1),
        kubernetesCalls: Object.values(kubernetesRequests).reduce((sum, n) => sum + n, 0),
        kubernetesRequests,
        dynamodbRequests: commands.length,
        operations,
      },
      capacityUnits: round(commands.reduce((sum, c) => sum + c.capacityUnits, 0), 1),
    };
  };

  try {
    const fewSeedSeconds = await seed(options.few);
    const cold = await job.run(runJob, 'first');
    const few = await job.run(runJob, 'few');
    const manySeedSeconds = await seed(options.many - options.few);
    const many = await job.run(runJob, 'many');
    const again = await job.run(runJob, 'again');
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
    await removeFixtures(platform, cluster, fixtures, job.hours?.() ?? []);
  }
};

/** The table cells both benches show for the counts: Kubernetes requests and DynamoDB operations as `n name + …`. */
export const countsText = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(' + ');

/** Leaves the platform as it was: the namespaces, and the subscriptions, instances and usage samples written. */
const removeFixtures = async (platform: LocalPlatform, cluster: ReturnType<typeof restCluster>, fixtures: MeteredInstanceFixture[], hours: string[]) => {
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
