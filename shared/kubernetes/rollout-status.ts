import type { KubeObject } from './cluster';

export interface RolloutStatus {
  ready: boolean;
  failed: boolean;
  reason?: string;
}

interface WorkloadStatus {
  observedGeneration?: number;
  replicas?: number;
  readyReplicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}

interface ContainerStatus {
  name: string;
  state?: { waiting?: { reason?: string; message?: string }; terminated?: { reason?: string } };
  lastState?: { terminated?: { reason?: string } };
}

interface PodStatus {
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
}

/**
 * Waiting reasons a kubelet reports for a container that will not start by waiting: each fails the rollout
 * at once, in words a customer reads. (ContainerCreating and PodInitializing are the normal way up.)
 */
const failingWaits: Record<string, string> = {
  CrashLoopBackOff: 'keeps crashing after it starts',
  ImagePullBackOff: 'image could not be pulled',
  ErrImagePull: 'image could not be pulled',
  InvalidImageName: 'image name is not valid',
  CreateContainerConfigError: 'container could not be configured (a missing Secret or ConfigMap key)',
  CreateContainerError: 'container could not be created',
  RunContainerError: 'container could not be run',
};

/**
 * An Unschedulable pod that no node can take as the nodes are (too little CPU, memory or pod room, a taint or
 * a selector nothing matches). The scheduler also says Unschedulable while a volume is being bound or
 * provisioned (`unbound immediate PersistentVolumeClaims`): that passes, and is waited for.
 */
const NO_NODE_FITS = /Insufficient (cpu|memory|pods|ephemeral-storage)|Too many pods|untolerated taint|didn't match (Pod's )?node (affinity|selector)/;

/** Why a pod will not become Ready by waiting, or undefined while it may still. */
const podFailure = (pod: KubeObject): string | undefined => {
  const status = (pod.status ?? {}) as PodStatus;
  const name = pod.metadata.name;
  for (const container of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
    const waiting = container.state?.waiting?.reason;
    if (waiting && failingWaits[waiting]) return `pod ${name}, container ${container.name}: ${failingWaits[waiting]} (${waiting})`;
    if (container.state?.terminated?.reason === 'OOMKilled' || container.lastState?.terminated?.reason === 'OOMKilled') {
      return `pod ${name}, container ${container.name}: out of memory (OOMKilled); the plan's memory is too small for it`;
    }
  }
  const unschedulable = status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable' && NO_NODE_FITS.test(c.message ?? ''));
  if (unschedulable) return `pod ${name}: no node can run it (Unschedulable${unschedulable.message ? `: ${unschedulable.message}` : ''})`;
  return undefined;
};

/** The controller has not acted on the latest spec yet: its status describes an older one. */
const stale = (workload: KubeObject) => {
  const observed = ((workload.status ?? {}) as WorkloadStatus).observedGeneration;
  const generation = (workload.metadata as { generation?: number }).generation;
  return generation !== undefined && (observed === undefined || observed < generation);
};

/**
 * Whether a workload's pods all run its latest spec, as `kubectl rollout status` judges it. During a rolling
 * update (a restart, an upgrade, a plan change) a Deployment counts its new pod as updated before it is
 * Ready while the old one is still Ready: both counts reach the wanted number with the new pod not yet
 * serving. So its old pods must be gone too (no replicas beyond the updated ones).
 */
const rolledOut = (kind: string, status: WorkloadStatus, wanted: number): boolean => {
  if (kind === 'Deployment') {
    const updated = Number(status.updatedReplicas ?? 0);
    return updated >= wanted && Number(status.replicas ?? updated) <= updated && Number(status.availableReplicas ?? status.readyReplicas ?? 0) >= updated;
  }
  return true;
};

/**
 * Whether an instance's workloads are all Ready: every Deployment and StatefulSet has observed its latest
 * spec and has as many ready (and, for a Deployment, updated) replicas as it asks for. It has failed for good
 * when a pod says so (an image that cannot be pulled, a crash loop, out of memory, no node for it: a real
 * Deployment reports those only after its 10-minute progress deadline, so the pods are judged themselves)
 * or a Deployment's Progressing condition is False.
 */
export const rolloutStatus = (workloads: readonly KubeObject[], pods: readonly KubeObject[] = []): RolloutStatus => {
  if (workloads.length === 0) return { ready: false, failed: true, reason: 'no workloads were applied' };
  for (const pod of pods) {
    const failure = podFailure(pod);
    if (failure) return { ready: false, failed: true, reason: failure };
  }
  for (const workload of workloads) {
    const status = (workload.status ?? {}) as WorkloadStatus;
    const stuck = status.conditions?.find((c) => c.type === 'Progressing' && c.status === 'False');
    if (stuck) return { ready: false, failed: true, reason: `${workload.kind} ${workload.metadata.name}: ${stuck.reason ?? 'not progressing'}${stuck.message ? ` (${stuck.message})` : ''}` };
  }
  const pending = workloads.filter((workload) => {
    const wanted = Number((workload.spec as { replicas?: number } | undefined)?.replicas ?? 1);
    const status = (workload.status ?? {}) as WorkloadStatus;
    return stale(workload) || !rolledOut(workload.kind, status, wanted) || Number(status.readyReplicas ?? 0) < wanted;
  });
  return pending.length ? { ready: false, failed: false, reason: `waiting for ${pending.map((w) => w.metadata.name).join(', ')}` } : { ready: true, failed: false };
};
