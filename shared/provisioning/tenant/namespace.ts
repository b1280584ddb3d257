import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { namespaceName } from './kubernetes-names';
import { tenantLabels } from './labels';

/**
 * The customer's namespace. Pod Security Admission enforces the `restricted` profile on it, so a pod that
 * asks for root, privilege escalation or extra capabilities is refused even if a template forgot a field.
 */
export const tenantNamespace = ({ userId }: { userId: string }): INamespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: {
    name: namespaceName(userId),
    labels: {
      ...tenantLabels(userId),
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
    },
  },
});

/**
 * The namespace's `default` service account, with token mounting off: apps never talk to the Kubernetes API,
 * so a pod that forgets `automountServiceAccountToken: false` still gets no token.
 */
export const tenantServiceAccount = ({ userId }: { userId: string }): IServiceAccount => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name: 'default', namespace: namespaceName(userId), labels: tenantLabels(userId) },
  automountServiceAccountToken: false,
});
