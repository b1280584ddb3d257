import type { Cluster } from '../kubernetes/cluster';
import { errorFields } from '../logging/error-fields';
import { readClusterUsage, type ClusterUsage } from './cluster-usage';
import { isMetered, type MeteredInstances } from './metered-instances';
import type { MeteringSettings } from './metering-settings';
import { hourStart, sampleExpiresAt } from './usage-hour';
import type { UsageStore } from './usage-store';

export interface MeteringDeps {
  cluster: Pick<Cluster, 'list'>;
  instances: MeteredInstances;
  usage: UsageStore;
  now: () => Date;
}

/**
 * What one run did, logged as one line. `metered` when every sample due was written or found written;
 * `cluster-failed` when the cluster could not be read (nothing written); `incomplete` when some writes
 * failed. Either failure is retried (EventBridge retries the run within the same hour, and the conditional
 * writes skip what is done).
 */
export interface MeteringRun {
  at: string;
  hour: string;
  outcome: 'metered' | 'cluster-failed' | 'incomplete';
  podsRead: number;
  claimsRead: number;
  /** Instances the metrics API listed a running pod of. */
  instancesRead: number;
  written: number;
  /** Already metered for this hour (a second run, or a retry after a crash): nothing written. */
  alreadyMetered: number;
  /** Not RUNNING or DEGRADED (provisioning, suspended, deleting…): not metered. */
  notMetered: number;
  /** Labelled with an instance id the table does not know (deleted meanwhile): not metered. */
  unknown: number;
  /** A volume but no pod in the metrics API this hour: no sample (the metrics API holds only the present). */
  withoutMetrics: number;
  /** A figure that did not parse: no sample rather than a wrong one. */
  unreadable: number;
  failed: number;
  errorName?: string;
  errorMessage?: string;
}

/** Conditional puts in flight at once: enough to meter thousands of instances well inside a minute. */
const CONCURRENT_WRITES = 16;

const emptyRun = (now: Date, hour: Date): MeteringRun => ({
  at: now.toISOString(),
  hour: hour.toISOString(),
  outcome: 'metered',
  podsRead: 0,
  claimsRead: 0,
  instancesRead: 0,
  written: 0,
  alreadyMetered: 0,
  notMetered: 0,
  unknown: 0,
  withoutMetrics: 0,
  unreadable: 0,
  failed: 0,
});

/**
 * The metering job (hourly): reads the usage of every instance with two Kubernetes list calls, looks the
 * instances up (one BatchGetItem per 100), and puts one sample per metered instance for the hour of the
 * run's clock, each only if that hour is not metered yet. Two runs at once, or a re-run after a crash,
 * write each sample once. An hour whose runs all fail has no samples: the metrics API serves only the
 * current figures, so a missed hour cannot be read back later.
 */
export const runMetering = async (deps: MeteringDeps, settings: MeteringSettings, log: (message: string, fields: Record<string, unknown>) => void = () => undefined): Promise<MeteringRun> => {
  const now = deps.now();
  const hour = hourStart(now);
  const run = emptyRun(now, hour);
  let usage: ClusterUsage;
  try {
    usage = await readClusterUsage(deps.cluster);
  } catch (error) {
    return { ...run, outcome: 'cluster-failed', ...errorFields(error) };
  }
  Object.assign(run, {
    podsRead: usage.podsRead,
    claimsRead: usage.claimsRead,
    instancesRead: usage.readings.size,
    withoutMetrics: usage.withoutMetrics.length,
    unreadable: usage.unreadable.length,
  });

  const instances = new Map((await deps.instances.getMany([...usage.readings.keys()])).map((instance) => [instance.id, instance]));
  const due = [...usage.readings].flatMap(([instanceId, reading]) => {
    const instance = instances.get(instanceId);
    if (!instance) return (run.unknown++, []);
    if (!isMetered(instance.status)) return (run.notMetered++, []);
    return [{ instance, reading }];
  });
  const expiresAt = sampleExpiresAt(hour, settings.retentionDays);
  for (let start = 0; start < due.length; start += CONCURRENT_WRITES) {
    await Promise.all(
      due.slice(start, start + CONCURRENT_WRITES).map(async ({ instance, reading }) => {
        try {
          const outcome = await deps.usage.putSample({
            subscriptionId: instance.subscriptionId,
            userId: instance.userId,
            sample: { hour: run.hour, instanceId: instance.id, ...reading, measuredAt: run.at },
            expiresAt,
          });
          if (outcome === 'written') run.written++;
          else run.alreadyMetered++;
        } catch (error) {
          run.failed++;
          log('usage metering: a sample could not be written, left for the retry', { instanceId: instance.id, hour: run.hour, ...errorFields(error) });
        }
      }),
    );
  }
  return run.failed > 0 ? { ...run, outcome: 'incomplete' } : run;
};
