import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { PlanLimits } from '../tenant/resource-quota';
import type { CredentialsByTemplate } from './instance-credentials';
import type { TemplateName } from './template-name';

interface RenderCommonInput {
  instanceId: string;
  userId: string;
  /** Defaults to the customer's namespace (`namespaceName(userId)`). */
  namespace?: string;
  /** The subscribed plan; only its limits are read. */
  plan: { limits: PlanLimits };
  /** Instances are served at `<instance id>.<appsDomain>` unless `host` is given. */
  appsDomain: string;
  host?: string;
  /** The catalog service's app version: the image tag. */
  version: string;
  /** The app's image reference (`repository:tag`), from the instance's catalog version; the template's official image tagged with `version` when absent. */
  image?: string;
  /** The cluster's default StorageClass when absent. */
  storageClassName?: string;
  /** `nginx` (ingress-nginx) when absent, matching the tenant NetworkPolicy's default. */
  ingressClassName?: string;
  /** A cert-manager ClusterIssuer that issues the host's certificate; without it the TLS Secret must exist. */
  clusterIssuer?: string;
  /** Defaults to `<instance>-tls`. */
  tlsSecretName?: string;
}

/** What renders an instance: the template, and the credentials of that template. */
export type RenderInstanceInput = {
  [T in TemplateName]: RenderCommonInput & { template: T; credentials: CredentialsByTemplate[T] };
}[TemplateName];

export type InstanceObject = ISecret | IPersistentVolumeClaim | INetworkPolicy | IStatefulSet | IDeployment | IService | IIngress;
