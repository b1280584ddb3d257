import type { ILimitRange } from 'kubernetes-models/v1/LimitRange';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { tenantLimitRange } from './limit-range';
import { tenantNamespace, tenantServiceAccount } from './namespace';
import { tenantRoleBinding } from './role-binding';
import { tenantNetworkPolicy, type TenantNetworkPolicyOptions } from './network-policy';
import { tenantQuota, type PlanLimits } from './resource-quota';

export type TenantObject = INamespace | IRoleBinding | IServiceAccount | IResourceQuota | ILimitRange | INetworkPolicy;

export interface TenantInput extends Omit<TenantNetworkPolicyOptions, 'userId'> {
  userId: string;
  /** The plan limits of the customer's live instances, including the one being provisioned. */
  limits: readonly PlanLimits[];
}

/**
 * Everything "ensure namespace" applies, in order: the namespace first, the platform's own rights in it (it
 * has none there before), then its guard rails, all before any instance object, so no pod ever runs unconfined.
 */
export const tenantObjects = ({ userId, limits, ...network }: TenantInput): TenantObject[] => [
  tenantNamespace({ userId }),
  tenantRoleBinding({ userId }),
  tenantServiceAccount({ userId }),
  tenantQuota({ userId, limits }),
  tenantLimitRange({ userId, limits }),
  tenantNetworkPolicy({ userId, ...network }),
];
