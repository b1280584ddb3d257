import type { Cluster, KindRef, KubeObject } from '../kubernetes/cluster';
import { parseQuantity } from '../provisioning/quantity';
import { labelKeys, platformName } from '../provisioning/tenant/labels';
import { roundFigure } from './usage-sample';

export const podMetricsKind: KindRef = { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics' };
export const volumeClaimKind: KindRef = { apiVersion: 'v1', kind: 'PersistentVolumeClaim' };

/** Everything the platform labelled as part of an instance, in every namespace. */
export const meteredSelector = `${labelKeys.managedBy}=${platformName},${labelKeys.instance}`;

/** One instance's figures at the reading. */
export interface InstanceReading {
  cpuMillicores: number;
  memoryMiB: number;
  storageGiB: number;
  pods: number;
}

export interface ClusterUsage {
  /** Instances the metrics API lists a running pod of, by instance id (upper case, as in the table). */
  readings: Map<string, InstanceReading>;
  /** Instances with a volume but no pod in the metrics API (scaled to zero, starting, or not scraped yet): no sample. */
  withoutMetrics: string[];
  /** Instances with a figure that does not parse as a quantity: no sample rather than a wrong one. */
  unreadable: string[];
  podsRead: number;
  claimsRead: number;
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;

/** Label values hold ids lower-cased (DNS-1123); instance ids are ULIDs, upper case. */
const instanceOf = (object: KubeObject) => object.metadata.labels?.[labelKeys.instance]?.toUpperCase();

const nonNegative = (quantity: unknown): number | undefined => {
  const value = typeof quantity === 'string' ? parseQuantity(quantity) : undefined;
  return value !== undefined && value >= 0 ? value : undefined;
};

interface ContainerUsage {
  usage?: { cpu?: unknown; memory?: unknown };
}

/**
 * Sums PodMetrics and PersistentVolumeClaims per instance (the instance label every object of an instance
 * carries). CPU is in cores in the metrics API (`12345678n`), memory in bytes (`204800Ki`); a claim counts
 * its bound capacity (`status.capacity.storage`), since that is what the volume holds, not what was asked.
 */
export const groupUsage = (podMetrics: readonly KubeObject[], claims: readonly KubeObject[]): ClusterUsage => {
  const readings = new Map<string, InstanceReading>();
  const unreadable = new Set<string>();
  for (const pod of podMetrics) {
    const instanceId = instanceOf(pod);
    if (!instanceId) continue;
    const reading = readings.get(instanceId) ?? { cpuMillicores: 0, memoryMiB: 0, storageGiB: 0, pods: 0 };
    for (const container of (pod.containers ?? []) as ContainerUsage[]) {
      const cores = nonNegative(container.usage?.cpu);
      const bytes = nonNegative(container.usage?.memory);
      if (cores === undefined || bytes === undefined) unreadable.add(instanceId);
      reading.cpuMillicores += (cores ?? 0) * 1000;
      reading.memoryMiB += (bytes ?? 0) / MIB;
    }
    reading.pods += 1;
    readings.set(instanceId, reading);
  }
  const withoutMetrics = new Set<string>();
  for (const claim of claims) {
    const instanceId = instanceOf(claim);
    if (!instanceId) continue;
    const reading = readings.get(instanceId);
    if (!reading) {
      withoutMetrics.add(instanceId);
      continue;
    }
    const capacity = (claim.status as { capacity?: { storage?: unknown } } | undefined)?.capacity?.storage;
    if (capacity === undefined) continue; // not bound yet: no volume to count
    const bytes = nonNegative(capacity);
    if (bytes === undefined) unreadable.add(instanceId);
    else reading.storageGiB += bytes / GIB;
  }
  for (const instanceId of unreadable) readings.delete(instanceId);
  for (const reading of readings.values()) {
    reading.cpuMillicores = roundFigure(reading.cpuMillicores);
    reading.memoryMiB = roundFigure(reading.memoryMiB);
    reading.storageGiB = roundFigure(reading.storageGiB);
  }
  return { readings, withoutMetrics: [...withoutMetrics], unreadable: [...unreadable], podsRead: podMetrics.length, claimsRead: claims.length };
};

/**
 * The whole cluster's usage in two list calls, whatever the number of instances: one label-selected list of
 * PodMetrics and one of PersistentVolumeClaims, across all namespaces. Either failing fails the reading, so
 * nothing is written from half of it.
 */
export const readClusterUsage = async (cluster: Pick<Cluster, 'list'>): Promise<ClusterUsage> => {
  const [podMetrics, claims] = await Promise.all([
    cluster.list(podMetricsKind, { labelSelector: meteredSelector }),
    cluster.list(volumeClaimKind, { labelSelector: meteredSelector }),
  ]);
  return groupUsage(podMetrics, claims);
};
