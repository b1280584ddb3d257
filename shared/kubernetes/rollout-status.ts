import type { KubeObject } from './cluster';

export interface RolloutStatus {
  ready: boolean;
  failed: boolean;
  reason?: string;
}

interface WorkloadStatus {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}

/**
 * Whether an instance's workloads are all Ready: every Deployment and StatefulSet has as many ready
 * replicas as it asks for. A Deployment whose Progressing condition is False (ProgressDeadlineExceeded,
 * an image that cannot be pulled) has failed for good: waiting longer will not help.
 */
export const rolloutStatus = (workloads: readonly KubeObject[]): RolloutStatus => {
  if (workloads.length === 0) return { ready: false, failed: true, reason: 'no workloads were applied' };
  for (const workload of workloads) {
    const status = (workload.status ?? {}) as WorkloadStatus;
    const stuck = status.conditions?.find((c) => c.type === 'Progressing' && c.status === 'False');
    if (stuck) return { ready: false, failed: true, reason: `${workload.kind} ${workload.metadata.name}: ${stuck.reason ?? 'not progressing'}${stuck.message ? ` (${stuck.message})` : ''}` };
  }
  const pending = workloads.filter((workload) => {
    const wanted = Number((workload.spec as { replicas?: number } | undefined)?.replicas ?? 1);
    return Number(((workload.status ?? {}) as WorkloadStatus).readyReplicas ?? 0) < wanted;
  });
  return pending.length ? { ready: false, failed: false, reason: `waiting for ${pending.map((w) => w.metadata.name).join(', ')}` } : { ready: true, failed: false };
};
