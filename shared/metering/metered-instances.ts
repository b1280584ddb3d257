import { busyInstanceStates, type InstanceState } from '../subscriptions/lifecycle';

/** What metering needs of an instance: whose it is, and whether it counts. */
export interface MeteredInstance {
  id: string;
  subscriptionId: string;
  userId: string;
  status: InstanceState;
}

/** Reads instances by id, many per request; the DynamoDB adapter is dynamo-metered-instances.ts. */
export interface MeteredInstances {
  /** The instances found among `ids` (unknown ids are simply absent), in no particular order. */
  getMany(ids: readonly string[]): Promise<MeteredInstance[]>;
}

/**
 * Only an instance that is serving is metered: RUNNING, or DEGRADED (it still holds its resources). One being
 * provisioned, suspended (scaled to zero) or deleted is not, even if the cluster still shows a pod of it.
 */
// An operation in progress (backup, restore, upgrade, plan change, restart) does not stop the meter: the instance and its volumes are still the customer's.
export const isMetered = (status: InstanceState): boolean => status === 'RUNNING' || status === 'DEGRADED' || busyInstanceStates.includes(status);
