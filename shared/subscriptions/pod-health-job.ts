import type { Cluster, KubeObject } from '../kubernetes/cluster';
import { rolloutStatus } from '../kubernetes/rollout-status';
import { errorFields } from '../logging/error-fields';
import { workloadKinds } from '../provisioning/steps/instance-kinds';
import { labelKeys, platformName } from '../provisioning/tenant/labels';
import { applyInstanceHealth, type HealthObservation, type InstanceHealthDeps } from './instance-health';

export interface PodHealthDeps extends InstanceHealthDeps {
  cluster: Cluster;
}

export interface PodHealthRun {
  at: string;
  /** Kubernetes list calls: one per workload kind, however many instances there are (the table is read in
   * BatchGetItem requests of 100 instances). */
  clusterCalls: number;
  instances: number;
  degraded: number;
  recovered: number;
  unchanged: number;
  /** Scaled to zero on purpose (suspended), or no instance of that id in the table. */
  skipped: number;
  failed: number;
}

const OBSERVER = 'pod-health check';

/**
 * The pod-health check (every 5 minutes): the safety net for Kubernetes events that never arrived. The
 * platform's workloads are listed cluster-wide by its label (one call per kind, not one per instance),
 * grouped by instance, and each instance judged through the one shared transition (applyInstanceHealth),
 * so it agrees with the events hook: one move, whichever sees it first.
 */
export const checkPodHealth = async (deps: PodHealthDeps, log: (message: string, fields: Record<string, unknown>) => void): Promise<PodHealthRun> => {
  const now = deps.now();
  const labelSelector = `${labelKeys.managedBy}=${platformName},${labelKeys.instance}`;
  const workloads = (await Promise.all(workloadKinds.map((kind) => deps.cluster.list(kind, { labelSelector })))).flat();
  const byInstance = new Map<string, KubeObject[]>();
  for (const workload of workloads) {
    const label = workload.metadata.labels?.[labelKeys.instance];
    if (label) byInstance.set(label, [...(byInstance.get(label) ?? []), workload]);
  }
  const run: PodHealthRun = { at: now.toISOString(), clusterCalls: workloadKinds.length, instances: byInstance.size, degraded: 0, recovered: 0, unchanged: 0, skipped: 0, failed: 0 };
  // Scaled to zero on purpose (suspended): nothing to judge.
  const scaledToZero = (group: KubeObject[]) => group.every((workload) => Number((workload.spec as { replicas?: number } | undefined)?.replicas ?? 1) === 0);
  const judged = [...byInstance].filter(([, group]) => !scaledToZero(group));
  run.skipped = byInstance.size - judged.length;
  // The label is the instance id in lower case (label values); ids are Crockford base32, case-blind.
  const idOf = (label: string) => label.toUpperCase();
  const instances = await deps.health.getInstances(judged.map(([label]) => idOf(label)));
  for (const [label, group] of judged) {
    try {
      const instance = instances.get(idOf(label));
      if (!instance) {
        run.skipped += 1;
        continue;
      }
      const status = rolloutStatus(group);
      const observation: HealthObservation = status.ready
        ? { healthy: true, reason: 'PodsReady', at: now, observer: OBSERVER }
        : { healthy: false, cause: 'not-ready', reason: 'PodsNotReady', message: status.reason, at: now, observer: OBSERVER };
      const { outcome } = await applyInstanceHealth(deps, instance, observation);
      run[outcome] += 1;
    } catch (error) {
      run.failed += 1;
      log('pod health: an instance could not be judged, left for the next run', { instanceLabel: label, ...errorFields(error) });
    }
  }
  return run;
};
