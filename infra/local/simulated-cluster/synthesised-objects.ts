import { createHash } from 'node:crypto';
import type { JsonObject, KubeObject } from './kube-object';

/**
 * The objects the workload controllers would create, computed from each Deployment and StatefulSet when
 * read: the current ReplicaSet of a Deployment and the pods of the current revision (older revisions'
 * pods are not shown). Names, uids and node placement are derived from the workload, so they are stable
 * from one read to the next.
 */

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const digest = (text: string) => createHash('sha256').update(text).digest();

const safeString = (text: string, length: number) => [...digest(text).subarray(0, length)].map((byte) => SAFE_ALPHABET[byte % SAFE_ALPHABET.length]).join('');

const derivedUid = (text: string) => {
  const hex = digest(text).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: { name: string; image?: string; [field: string]: unknown }[]; [field: string]: unknown };
}

export const templateOf = (workload: KubeObject): PodTemplate => ((workload.spec as JsonObject | undefined)?.template ?? {}) as PodTemplate;

/** Like the pod-template-hash label: the same template gives the same hash. */
export const templateHash = (template: PodTemplate): string => safeString(JSON.stringify(template), 10);

export const replicaSetName = (deployment: KubeObject) => `${deployment.metadata.name}-${templateHash(templateOf(deployment))}`;

export const podNames = (workload: KubeObject): string[] => {
  const replicas = Number((workload.status as JsonObject | undefined)?.updatedReplicas ?? (workload.status as JsonObject | undefined)?.replicas ?? 0);
  if (workload.kind === 'StatefulSet') return Array.from({ length: Number((workload.status as JsonObject | undefined)?.replicas ?? 0) }, (_, i) => `${workload.metadata.name}-${i}`);
  const replicaSet = replicaSetName(workload);
  return Array.from({ length: replicas }, (_, i) => `${replicaSet}-${safeString(`${workload.metadata.uid}/${replicaSet}/${i}`, 5)}`);
};

const ownerReference = (owner: { apiVersion: string; kind: string; name: string; uid: string }) => ({ ...owner, controller: true, blockOwnerDeletion: true });

export const synthesiseReplicaSet = (deployment: KubeObject): KubeObject => {
  const template = templateOf(deployment);
  const hash = templateHash(template);
  const spec = (deployment.spec ?? {}) as JsonObject;
  const status = (deployment.status ?? {}) as JsonObject;
  const selector = (spec.selector ?? {}) as JsonObject;
  const updated = Number(status.updatedReplicas ?? 0);
  const newReady = Math.max(0, Number(status.readyReplicas ?? 0) - (Number(status.replicas ?? 0) - updated));
  const name = replicaSetName(deployment);
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: deployment.metadata.namespace,
      uid: derivedUid(`${deployment.metadata.uid}/${name}`),
      resourceVersion: deployment.metadata.resourceVersion,
      generation: 1,
      creationTimestamp: deployment.metadata.creationTimestamp,
      labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
      ownerReferences: [ownerReference({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name!, uid: deployment.metadata.uid! })],
    },
    spec: {
      replicas: spec.replicas,
      selector: { ...selector, matchLabels: { ...(selector.matchLabels as object), 'pod-template-hash': hash } },
      template: { ...template, metadata: { ...template.metadata, labels: { ...template.metadata?.labels, 'pod-template-hash': hash } } },
    },
    status: { replicas: updated, fullyLabeledReplicas: updated, readyReplicas: newReady, availableReplicas: newReady, observedGeneration: 1 },
  };
};

export interface PodSynthesis {
  nodeNames: string[];
  failImage: (image: string) => boolean;
}

export const synthesisePods = (workload: KubeObject, { nodeNames, failImage }: PodSynthesis): KubeObject[] => {
  const template = templateOf(workload);
  const hash = templateHash(template);
  const status = (workload.status ?? {}) as JsonObject;
  const isStatefulSet = workload.kind === 'StatefulSet';
  const ready = isStatefulSet
    ? Number(status.readyReplicas ?? 0)
    : Math.max(0, Number(status.readyReplicas ?? 0) - (Number(status.replicas ?? 0) - Number(status.updatedReplicas ?? 0)));
  const owner = isStatefulSet
    ? { apiVersion: 'apps/v1', kind: 'StatefulSet', name: workload.metadata.name!, uid: workload.metadata.uid! }
    : { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: replicaSetName(workload), uid: derivedUid(`${workload.metadata.uid}/${replicaSetName(workload)}`) };
  const since = workload.metadata.creationTimestamp;

  return podNames(workload).map((name, i) => {
    const isReady = i < ready;
    const containers = template.spec?.containers ?? [];
    const containerStatuses = containers.map((container) => ({
      name: container.name,
      image: container.image,
      imageID: isReady ? `${container.image}@sha256:${digest(String(container.image)).toString('hex')}` : '',
      ready: isReady,
      started: isReady,
      restartCount: 0,
      state: isReady
        ? { running: { startedAt: since } }
        : failImage(String(container.image))
          ? { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${container.image}"` } }
          : { waiting: { reason: 'ContainerCreating' } },
    }));
    const labels = isStatefulSet
      ? { ...template.metadata?.labels, 'controller-revision-hash': `${workload.metadata.name}-${hash}`, 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(i) }
      : { ...template.metadata?.labels, 'pod-template-hash': hash };
    const nodeName = nodeNames.length > 0 ? nodeNames[i % nodeNames.length] : undefined;
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: workload.metadata.namespace,
        uid: derivedUid(`${workload.metadata.uid}/${name}`),
        resourceVersion: workload.metadata.resourceVersion,
        creationTimestamp: since,
        labels,
        ...(template.metadata?.annotations && { annotations: template.metadata.annotations }),
        ownerReferences: [ownerReference(owner)],
      },
      spec: { restartPolicy: 'Always', ...template.spec, ...(nodeName && { nodeName }), ...(isStatefulSet && { hostname: name }) },
      status: {
        phase: isReady ? 'Running' : 'Pending',
        conditions: [
          { type: 'PodScheduled', status: nodeName ? 'True' : 'False', lastTransitionTime: since },
          { type: 'Initialized', status: 'True', lastTransitionTime: since },
          { type: 'ContainersReady', status: isReady ? 'True' : 'False', lastTransitionTime: since },
          { type: 'Ready', status: isReady ? 'True' : 'False', lastTransitionTime: since },
        ],
        ...(nodeName && { hostIP: `10.0.0.${nodeNames.indexOf(nodeName) + 11}` }),
        ...(isReady && { podIP: `10.244.${digest(name)[0]}.${(digest(name)[1]! % 254) + 1}` }),
        startTime: since,
        qosClass: 'BestEffort',
        containerStatuses,
      },
    };
  });
};
