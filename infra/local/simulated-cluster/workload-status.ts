import { randomBytes, randomUUID } from 'node:crypto';
import { resourceOf, type ApiResource } from './api-resources';
import { deepEqual, kubeTime, type JsonObject, type KubeObject } from './kube-object';
import type { ObjectStore } from './object-store';
import { podNames, replicaSetName, templateHash, templateOf } from './synthesised-objects';

/**
 * What the Deployment and StatefulSet controllers and the kubelets would report, on a timer: a write that
 * changes a workload's spec starts a rollout; after `rolloutDelayMs` the new pods are ready — or, when a
 * container image matches `failImage`, the rollout fails (a Deployment's Progressing turns False with
 * ProgressDeadlineExceeded; a StatefulSet, which has no such condition, stays unready) and each new pod gets
 * a Warning event "Failed to pull image". Scaling down, to zero included, is immediate. The pods of the
 * previous revision stay ready during a rollout, so a failed update leaves them serving, as in a cluster.
 */

export interface RolloutSettings {
  rolloutDelayMs: number;
  failImage: (image: string) => boolean;
}

type Phase = 'progressing' | 'complete' | 'failed';

const isWorkload = (resource: ApiResource) => resource.group === 'apps' && (resource.kind === 'Deployment' || resource.kind === 'StatefulSet');
const replicasOf = (workload: KubeObject) => Number((workload.spec as JsonObject | undefined)?.replicas ?? 1);
const statusOf = (workload: KubeObject | undefined) => (workload?.status ?? {}) as JsonObject;
const failingImages = (workload: KubeObject, settings: RolloutSettings) =>
  (templateOf(workload).spec?.containers ?? []).map((container) => String(container.image)).filter(settings.failImage);

const condition = (previous: JsonObject[], type: string, status: 'True' | 'False', reason: string, message: string, now: string) => {
  const before = previous.find((c) => c.type === type);
  const unchanged = before?.status === status && before.reason === reason && before.message === message;
  return {
    type,
    status,
    lastUpdateTime: unchanged ? before.lastUpdateTime : now,
    lastTransitionTime: before?.status === status ? before.lastTransitionTime : now,
    reason,
    message,
  };
};

interface Counts {
  /** Pods of every revision. */
  replicas: number;
  /** Pods of the current revision. */
  updated: number;
  ready: number;
}

const deploymentStatus = (deployment: KubeObject, { replicas, updated, ready }: Counts, phase: Phase, now: string): JsonObject => {
  const conditions = (statusOf(deployment).conditions ?? []) as JsonObject[];
  const replicaSet = replicaSetName(deployment);
  const progressing =
    phase === 'complete'
      ? condition(conditions, 'Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${replicaSet}" has successfully progressed.`, now)
      : phase === 'failed'
        ? condition(conditions, 'Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${replicaSet}" has timed out progressing.`, now)
        : condition(conditions, 'Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${replicaSet}" is progressing.`, now);
  const available =
    ready > 0 || replicasOf(deployment) === 0
      ? condition(conditions, 'Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now)
      : condition(conditions, 'Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', now);
  return {
    observedGeneration: deployment.metadata.generation,
    ...(replicas > 0 && { replicas, updatedReplicas: updated }),
    ...(ready > 0 && { readyReplicas: ready, availableReplicas: ready }),
    ...(replicas - ready > 0 && { unavailableReplicas: replicas - ready }),
    conditions: [available, progressing],
  };
};

const revisionOf = (statefulSet: KubeObject) => `${statefulSet.metadata.name}-${templateHash(templateOf(statefulSet))}`;

const statefulSetStatus = (statefulSet: KubeObject, ready: number, currentRevision: string): JsonObject => {
  const desired = replicasOf(statefulSet);
  const updateRevision = revisionOf(statefulSet);
  const rolled = currentRevision === updateRevision;
  return {
    observedGeneration: statefulSet.metadata.generation,
    replicas: desired,
    ...(ready > 0 && { readyReplicas: ready, availableReplicas: ready }),
    currentReplicas: rolled ? desired : Math.max(desired - 1, 0),
    updatedReplicas: rolled ? desired : Math.min(desired, 1),
    currentRevision,
    updateRevision,
    collisionCount: 0,
  };
};

/** The status right after a write that changed the spec: what is ready already, and whether that is all. */
const statusAfterWrite = (workload: KubeObject, previous: KubeObject | undefined, now: string): JsonObject => {
  const desired = replicasOf(workload);
  const before = statusOf(previous);
  const serving = Number(before.readyReplicas ?? 0);
  const sameTemplate = previous !== undefined && deepEqual(templateOf(previous), templateOf(workload));
  if (workload.kind === 'StatefulSet') {
    const revision = revisionOf(workload);
    const current = desired === 0 || !previous ? revision : String(before.currentRevision ?? revision);
    const ready = Math.min(serving, current === revision ? desired : Math.max(desired - 1, 0));
    return statefulSetStatus(workload, ready, current);
  }
  // A new template starts new pods beside the old ready ones; scaling keeps the template and its pods.
  const counts = sameTemplate || desired === 0
    ? { replicas: desired, updated: desired, ready: Math.min(serving, desired) }
    : { replicas: serving + desired, updated: desired, ready: serving };
  return deploymentStatus(workload, counts, counts.ready >= desired && counts.replicas === desired ? 'complete' : 'progressing', now);
};

const isDone = (workload: KubeObject, status: JsonObject) =>
  Number(status.readyReplicas ?? 0) >= replicasOf(workload) && (workload.kind === 'StatefulSet' ? status.currentRevision === status.updateRevision : !status.unavailableReplicas);

export interface WorkloadController {
  /** Sets the status a write of a workload is stored with (called inside the write). */
  statusOnWrite(resource: ApiResource, previous: KubeObject | undefined, next: KubeObject): void;
  stop(): void;
}

export const createWorkloadController = (store: ObjectStore, settings: () => RolloutSettings, now: () => Date): WorkloadController => {
  const timers = new Map<string, NodeJS.Timeout>();
  const keyOf = (object: KubeObject) => `${object.kind}/${object.metadata.namespace}/${object.metadata.name}`;
  const events = resourceOf('v1', 'Event');

  const recordEvent = (namespace: string, involved: { kind: string; name: string; uid?: string; apiVersion: string; fieldPath?: string }, type: 'Normal' | 'Warning', reason: string, message: string, component: string) => {
    const time = kubeTime(now());
    store.put(events, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${involved.name}.${randomBytes(8).toString('hex')}`, namespace, uid: randomUUID(), creationTimestamp: time },
      involvedObject: { ...involved, namespace },
      reason,
      message,
      source: { component },
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: '',
    });
  };

  const finishRollout = (resource: ApiResource, namespace: string, name: string, generation: number) => {
    timers.delete(`${resource.kind}/${namespace}/${name}`);
    const workload = store.get(resource, namespace, name);
    if (!workload || workload.metadata.generation !== generation) return;
    const failing = failingImages(workload, settings());
    const phase: Phase = failing.length > 0 ? 'failed' : 'complete';
    const desired = replicasOf(workload);
    const current = statusOf(workload);
    const time = kubeTime(now());
    // A failed rollout leaves the counts as they were (the older revision's pods, if any, still serve).
    const status =
      workload.kind === 'StatefulSet'
        ? phase === 'complete' ? statefulSetStatus(workload, desired, revisionOf(workload)) : current
        : phase === 'complete'
          ? deploymentStatus(workload, { replicas: desired, updated: desired, ready: desired }, 'complete', time)
          : deploymentStatus(workload, { replicas: Number(current.replicas ?? 0), updated: Number(current.updatedReplicas ?? 0), ready: Number(current.readyReplicas ?? 0) }, 'failed', time);
    const stored = store.put(resource, { ...workload, status });
    if (phase === 'failed') {
      const containers = templateOf(stored).spec?.containers ?? [];
      for (const pod of podNames(stored)) {
        for (const container of containers.filter((c) => failing.includes(String(c.image)))) {
          const message = `Failed to pull image "${container.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${container.image}": not found`;
          recordEvent(namespace, { kind: 'Pod', apiVersion: 'v1', name: pod, fieldPath: `spec.containers{${container.name}}` }, 'Warning', 'Failed', message, 'kubelet');
        }
      }
    }
  };

  store.onChange(({ type, resource, object, previous }) => {
    if (!isWorkload(resource)) return;
    const key = keyOf(object);
    if (type === 'remove') {
      clearTimeout(timers.get(key));
      timers.delete(key);
      return;
    }
    if (previous?.metadata.generation === object.metadata.generation) return;
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (resource.kind === 'Deployment' && !deepEqual(previous && templateOf(previous), templateOf(object)) && replicasOf(object) > 0)
      recordEvent(object.metadata.namespace!, { kind: 'Deployment', apiVersion: 'apps/v1', name: object.metadata.name!, uid: object.metadata.uid }, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${replicaSetName(object)} from 0 to ${replicasOf(object)}`, 'deployment-controller');
    if (isDone(object, statusOf(object))) return;
    const generation = object.metadata.generation!;
    const timer = setTimeout(() => finishRollout(resource, object.metadata.namespace!, object.metadata.name!, generation), settings().rolloutDelayMs);
    timer.unref();
    timers.set(key, timer);
  });

  return {
    statusOnWrite: (resource, previous, next) => {
      if (!isWorkload(resource)) return;
      if (previous && previous.metadata.generation === next.metadata.generation) return;
      next.status = statusAfterWrite(next, previous, kubeTime(now()));
    },
    stop: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
};
