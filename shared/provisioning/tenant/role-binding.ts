import type { IRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { namespaceName } from './kubernetes-names';
import { tenantLabels } from './labels';

/** The ClusterRole of what the platform may do inside a customer namespace (infra/aws/kubernetes/platform-rbac.yaml). */
export const TENANT_ROLE = 'paas-platform-tenant';
/** The Kubernetes group the functions' identity is mapped to (the stack's `eksKubernetesGroup`). */
export const PLATFORM_GROUP = 'paas-platform:provisioner';

/**
 * The platform's rights in this customer's namespace, and only there: cluster-wide it can manage namespaces
 * and read, never write a workload or read a Secret. Applied right after the namespace, before anything in it.
 */
export const tenantRoleBinding = ({ userId, group = PLATFORM_GROUP }: { userId: string; group?: string }): IRoleBinding => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name: TENANT_ROLE, namespace: namespaceName(userId), labels: tenantLabels(userId) },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: TENANT_ROLE },
  subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: group }],
});
