import type { IResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import type { Plan } from '../../catalog/service';
import { namespaceName } from './kubernetes-names';
import { tenantLabels } from './labels';
import { OPERATION_JOB_ROOM } from './operation-room';

export type PlanLimits = Plan['limits'];

/** One name, so applying the suspended quota replaces the live one and resuming puts it back. */
export const tenantQuotaName = 'tenant-quota';

/** Each instance has at most an app volume and a database volume. */
export const maxVolumesPerInstance = 2;

/** What a namespace may hold: the sum of the plan limits of the customer's live instances. */
export const quotaFor = (limits: readonly PlanLimits[]): PlanLimits =>
  limits.reduce<PlanLimits>(
    (sum, l) => ({
      cpuMillicores: sum.cpuMillicores + l.cpuMillicores,
      memoryMiB: sum.memoryMiB + l.memoryMiB,
      storageGiB: sum.storageGiB + l.storageGiB,
    }),
    { cpuMillicores: 0, memoryMiB: 0, storageGiB: 0 },
  );

const quota = (userId: string, hard: Record<string, string>): IResourceQuota => ({
  apiVersion: 'v1',
  kind: 'ResourceQuota',
  metadata: { name: tenantQuotaName, namespace: namespaceName(userId), labels: tenantLabels(userId) },
  spec: { hard },
});

/**
 * The quota of a namespace holding instances with these plan limits. Requests and limits are both capped at
 * the plan, matching placement, which reserves a plan's full limits on a node, plus room for one backup or
 * restore Job per instance (operation-room.ts). No LoadBalancer or NodePort services: the ingress
 * controller is the only way in.
 */
export const tenantQuota = ({ userId, limits }: { userId: string; limits: readonly PlanLimits[] }): IResourceQuota => {
  const total = quotaFor(limits);
  const jobs = limits.length;
  return quota(userId, {
    'requests.cpu': `${total.cpuMillicores + jobs * OPERATION_JOB_ROOM.requests.cpuMillicores}m`,
    'limits.cpu': `${total.cpuMillicores + jobs * OPERATION_JOB_ROOM.limits.cpuMillicores}m`,
    'requests.memory': `${total.memoryMiB + jobs * OPERATION_JOB_ROOM.requests.memoryMiB}Mi`,
    'limits.memory': `${total.memoryMiB + jobs * OPERATION_JOB_ROOM.limits.memoryMiB}Mi`,
    'requests.storage': `${total.storageGiB}Gi`,
    persistentvolumeclaims: String(limits.length * maxVolumesPerInstance),
    'services.loadbalancers': '0',
    'services.nodeports': '0',
  });
};

/**
 * The quota of a suspended customer: zero, so no pod (nor volume) can start. A quota never evicts what runs
 * or deletes what exists; suspension scales the workloads to zero itself, and the volumes keep their data.
 */
export const suspendedQuota = ({ userId }: { userId: string }): IResourceQuota =>
  quota(userId, {
    pods: '0',
    'requests.cpu': '0',
    'limits.cpu': '0',
    'requests.memory': '0',
    'limits.memory': '0',
    'requests.storage': '0',
    persistentvolumeclaims: '0',
    'services.loadbalancers': '0',
    'services.nodeports': '0',
  });
