import type { LocalPlatform } from '../infra/local/local-platform';
import { HOUR_MS, hourStart } from '../shared/metering/usage-hour';
import { countsText, measureClusterJob, type RunFigures } from './cluster-job-runs';
import { table } from './report';

/**
 * The metering job's cost per run against the number of instances (issue: "metering's Kubernetes API calls
 * per run for 100 instances in 100 namespaces"). The instances are made directly, not provisioned: each
 * customer's namespace and n8n objects applied to the simulated cluster, the subscription and instance
 * written to the table. The job runs through the local jobs endpoint (`npm run job`) at hours of its own,
 * and every Kubernetes API request (the simulated cluster's count) and DynamoDB request it sends is counted
 * (cluster-job-runs.ts, shared with the pod-health bench).
 */
export interface MeteringRunFigures extends RunFigures {
  hour: string;
  capacityUnits: number;
  written: number;
  alreadyMetered: number;
}

interface MeteringResult {
  outcome: string;
  hour: string;
  written: number;
  alreadyMetered: number;
}

const labels = { first: 'first (the adapter discovers the 2 API groups once)', few: 'warm', many: 'warm', again: 'again, same hour (writes refused)' };
/** The hour each run meters, counted from the first: the last run meters the same hour again. */
const hourIndexes = { first: 0, few: 1, many: 2, again: 2 };

export const measureMetering = async (platform: LocalPlatform, adminToken: string, options: { few: number; many: number }) => {
  // Hours two days ahead of the real clock: the local scheduler's own hourly run never meters them.
  const firstHour = hourStart(new Date(Date.now() + 48 * HOUR_MS));
  const hours: string[] = [];
  return measureClusterJob<MeteringRunFigures>(platform, adminToken, options, {
    subject: 'metering',
    hours: () => hours,
    run: async (runJob, step) => {
      const now = new Date(firstHour.getTime() + hourIndexes[step] * HOUR_MS + 7 * 60_000);
      const { result, instances, counts, capacityUnits } = await runJob<MeteringResult>('metering', {
        query: `?now=${now.toISOString()}`,
        accept: (r) => r.outcome === 'metered',
      });
      if (!hours.includes(result.hour)) hours.push(result.hour);
      return { run: labels[step], instances, hour: result.hour, ...counts, capacityUnits, written: result.written, alreadyMetered: result.alreadyMetered };
    },
  });
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
        countsText(r.kubernetesRequests),
        r.dynamodbRequests,
        countsText(r.operations),
        r.capacityUnits,
        r.written,
        r.alreadyMetered,
      ]),
    ),
    `${m.instanceRatio} x the instances: the same ${m.runs[2]!.kubernetesCalls} Kubernetes API calls per run (${m.callsConstant ? 'constant' : 'NOT constant'}), ${m.requestRatio} x the DynamoDB requests (a conditional PutItem per instance, a BatchGetItem per 100) and ${m.timeRatio} x the time.`,
  ].join('\n');
