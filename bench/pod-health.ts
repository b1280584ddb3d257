import type { LocalPlatform } from '../infra/local/local-platform';
import { countsText, measureClusterJob, type RunFigures } from './cluster-job-runs';
import { table } from './report';

/**
 * The pod-health check's cost per run against the number of instances (issue: "the pod health check's
 * Kubernetes API calls per run for 100 instances in 100 namespaces"), measured as metering is
 * (cluster-job-runs.ts): the instances made directly (each customer's namespace with the rendered n8n
 * objects, the subscription and instance in the table), their pods running and Ready before a run; the check
 * run through the local jobs endpoint (`npm run job -- pod-health`), every Kubernetes API request (the
 * simulated cluster's count) and DynamoDB request it sends counted.
 */
export interface PodHealthRunFigures extends RunFigures {
  /** What the check itself reports: instances it judged, and how. */
  judged: number;
  unchanged: number;
  degraded: number;
}

interface PodHealthResult {
  clusterCalls: number;
  instances: number;
  degraded: number;
  unchanged: number;
  failed: number;
}

const labels = { first: 'first (the adapter reads the apps/v1 group document before it caches it)', few: 'warm', many: 'warm', again: 'again (nothing changed)' };

export const measurePodHealth = (platform: LocalPlatform, adminToken: string, options: { few: number; many: number }) =>
  measureClusterJob<PodHealthRunFigures>(platform, adminToken, options, {
    subject: 'the pod-health check',
    run: async (runJob, step) => {
      const { result, instances, counts } = await runJob<PodHealthResult>('pod-health');
      if (result.failed) throw new Error(`the pod-health job failed on ${result.failed} instances`);
      return { run: labels[step], instances, judged: result.instances, unchanged: result.unchanged, degraded: result.degraded, ...counts };
    },
  });

export type PodHealthFigures = Awaited<ReturnType<typeof measurePodHealth>>;

export const podHealthLines = (p: PodHealthFigures): string =>
  [
    table(
      `Pod-health check: running instances in a namespace each (written in ${p.seedSeconds.few} s, then ${p.seedSeconds.many} s), one run per row through the local jobs endpoint`,
      ['run', 'instances', 'judged', 'unchanged', 'degraded', 'ms', 'K8s calls', 'K8s requests', 'DynamoDB requests', 'operations'],
      p.runs.map((r) => [
        r.run,
        r.instances,
        r.judged,
        r.unchanged,
        r.degraded,
        r.ms,
        r.kubernetesCalls,
        countsText(r.kubernetesRequests),
        r.dynamodbRequests,
        countsText(r.operations),
      ]),
    ),
    `${p.instanceRatio} x the instances: the same ${p.runs[2]!.kubernetesCalls} Kubernetes API calls per run (${p.callsConstant ? 'constant' : 'NOT constant'}), ${p.requestRatio} x the DynamoDB requests (consistent BatchGetItem, 100 instances a request) and ${p.timeRatio} x the time.`,
  ].join('\n');
