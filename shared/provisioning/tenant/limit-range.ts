import type { ILimitRange } from 'kubernetes-models/v1/LimitRange';
import { namespaceName } from './kubernetes-names';
import { tenantLabels } from './labels';
import type { PlanLimits } from './resource-quota';

export const tenantLimitRangeName = 'tenant-limits';

/** What a container gets when it names no resources (the quota refuses pods without them otherwise). */
const defaultLimit = { cpuMillicores: 250, memoryMiB: 256 };
const defaultRequest = { cpuMillicores: 100, memoryMiB: 128 };

/**
 * Defaults for containers that name no resources, and ceilings from the plans: no container may exceed the
 * largest plan in the namespace, no volume its largest storage. Without plans, only the defaults apply.
 */
export const tenantLimitRange = ({ userId, limits = [] }: { userId: string; limits?: readonly PlanLimits[] }): ILimitRange => {
  const largest = limits.length
    ? {
        cpuMillicores: Math.max(...limits.map((l) => l.cpuMillicores)),
        memoryMiB: Math.max(...limits.map((l) => l.memoryMiB)),
        storageGiB: Math.max(...limits.map((l) => l.storageGiB)),
      }
    : undefined;
  // A default above the ceiling would make the LimitRange itself invalid.
  const cap = (value: number, max: number | undefined) => (max === undefined ? value : Math.min(value, max));
  const cpuLimit = cap(defaultLimit.cpuMillicores, largest?.cpuMillicores);
  const memoryLimit = cap(defaultLimit.memoryMiB, largest?.memoryMiB);
  return {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: { name: tenantLimitRangeName, namespace: namespaceName(userId), labels: tenantLabels(userId) },
    spec: {
      limits: [
        {
          type: 'Container',
          default: { cpu: `${cpuLimit}m`, memory: `${memoryLimit}Mi` },
          defaultRequest: {
            cpu: `${Math.min(defaultRequest.cpuMillicores, cpuLimit)}m`,
            memory: `${Math.min(defaultRequest.memoryMiB, memoryLimit)}Mi`,
          },
          ...(largest && { max: { cpu: `${largest.cpuMillicores}m`, memory: `${largest.memoryMiB}Mi` } }),
        },
        {
          type: 'PersistentVolumeClaim',
          min: { storage: '1Gi' },
          ...(largest && { max: { storage: `${largest.storageGiB}Gi` } }),
        },
      ],
    },
  };
};
