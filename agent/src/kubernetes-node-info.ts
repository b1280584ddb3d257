import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { type ConditionStatus, type KubernetesNodeInfo, type ResourceList, limits, quantityPattern } from './contract.js';

/**
 * The pure half of the Kubernetes figures: from a V1Node (and its pods) to the contract's `kubernetes`
 * object. What the API would reject (an odd quantity, an over-long label) is left out rather than sent,
 * so one strange node field cannot turn every heartbeat into a 400.
 */

const conditionTypes = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

export const toNodeInfo = (node: V1Node, podCount: number): KubernetesNodeInfo => {
  const status = node.status ?? {};
  const conditions = Object.fromEntries(
    conditionTypes.map((type) => [type, asConditionStatus(status.conditions?.find((c) => c.type === type)?.status)]),
  ) as KubernetesNodeInfo['conditions'];
  return {
    kubeletVersion: (status.nodeInfo?.kubeletVersion ?? 'unknown').slice(0, limits.kubeletVersionLength),
    capacity: resourceList(status.capacity),
    allocatable: resourceList(status.allocatable),
    labels: labelSubset(node.metadata?.labels),
    conditions,
    podCount: Math.min(limits.podCount, Math.max(0, Math.trunc(podCount))),
  };
};

/** A pod holds node resources until it has finished: everything but Succeeded and Failed counts. */
export const countActivePods = (pods: readonly V1Pod[]): number =>
  pods.filter((pod) => pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed').length;

const asConditionStatus = (value: string | undefined): ConditionStatus => (value === 'True' || value === 'False' ? value : 'Unknown');

const resourceList = (resources: Record<string, string> | undefined): ResourceList =>
  Object.fromEntries(
    Object.entries(resources ?? {})
      .filter(([name, quantity]) => name.length <= limits.resourceNameLength && quantity.length <= limits.quantityLength && quantityPattern.test(quantity))
      .slice(0, limits.resources),
  );

const labelSubset = (labels: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(labels ?? {})
      .filter(([key, value]) => key.length <= limits.labelKeyLength && value.length <= limits.labelValueLength)
      .slice(0, limits.labels),
  );
