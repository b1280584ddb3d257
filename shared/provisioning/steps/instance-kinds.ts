import type { KindRef } from '../../kubernetes/cluster';

/** Every kind an instance applies, in the order they are deleted (what uses a thing before the thing). */
export const instanceKinds: KindRef[] = [
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
  { apiVersion: 'v1', kind: 'Service' },
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
  { apiVersion: 'v1', kind: 'Secret' },
];

export const workloadKinds: KindRef[] = [
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet' },
];

/** The pods of an instance's workloads: read to judge a rollout, never applied. */
export const podKind: KindRef = { apiVersion: 'v1', kind: 'Pod' };
