/**
 * Suspension scales an instance's workloads to zero and remembers, on each workload, how many replicas it
 * had; resuming restores them. These build JSON merge patches (`application/merge-patch+json`): a merge patch
 * touches only the fields it names, where an apply under the provisioner's field manager would drop the rest.
 */
export const replicasBeforeSuspendAnnotation = 'paas.example/replicas-before-suspend';

/** What is read from a Deployment or StatefulSet. */
export interface ScalableWorkload {
  metadata?: { annotations?: Record<string, string> };
  spec?: { replicas?: number };
}

export interface ReplicasPatch {
  metadata: { annotations: Record<string, string | null> };
  spec: { replicas: number };
}

/** Replicas when the field is absent, as the API server defaults it. */
const defaultReplicas = 1;

const recordedReplicas = (workload: ScalableWorkload): number | undefined => {
  const value = workload.metadata?.annotations?.[replicasBeforeSuspendAnnotation];
  if (value === undefined) return undefined;
  // A hand-edited or garbled annotation still resumes the workload rather than leaving it at zero.
  return /^\d{1,4}$/.test(value) ? Number(value) : defaultReplicas;
};

export const isSuspended = (workload: ScalableWorkload): boolean => recordedReplicas(workload) !== undefined;

/**
 * Scale to zero, recording the replicas found. Suspending twice keeps the first record: the second would
 * otherwise record the zero the first one set.
 */
export const suspendPatch = (workload: ScalableWorkload): ReplicasPatch => ({
  metadata: {
    annotations: {
      [replicasBeforeSuspendAnnotation]: String(recordedReplicas(workload) ?? workload.spec?.replicas ?? defaultReplicas),
    },
  },
  spec: { replicas: 0 },
});

/** Restore the recorded replicas and drop the record; undefined when the workload was not suspended. */
export const resumePatch = (workload: ScalableWorkload): ReplicasPatch | undefined => {
  const replicas = recordedReplicas(workload);
  if (replicas === undefined) return undefined;
  return { metadata: { annotations: { [replicasBeforeSuspendAnnotation]: null } }, spec: { replicas } };
};
