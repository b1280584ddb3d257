import type { ISecret } from 'kubernetes-models/v1/Secret';
import { AppError } from '../../errors/app-error';
import { idLabel, namespaceName } from '../tenant/kubernetes-names';
import { componentSelector, instanceLabels, labelKeys, type InstanceComponent, type Labels } from '../tenant/labels';
import type { PlanLimits } from '../tenant/resource-quota';
import { defaultAppImage } from './app-images';
import { instanceNames, type InstanceNames } from './instance-names';
import type { RenderInstanceInput } from './render-input';
import type { TemplateName } from './template-name';

/** ObjectMeta, through a package the project depends on (its apimachinery package is only transitive). */
export type ObjectMeta = NonNullable<ISecret['metadata']>;

/** What every piece of a template reads: names, labels, host and plan, worked out once from the input. */
export interface InstanceContext {
  template: TemplateName;
  instanceId: string;
  namespace: string;
  names: InstanceNames;
  host: string;
  version: string;
  /** The app container's image reference (`repository:tag`). */
  image: string;
  limits: PlanLimits;
  storageClassName?: string;
  ingressClassName: string;
  clusterIssuer?: string;
  /** Set only when something makes the Secret: cert-manager (with clusterIssuer), or the caller who names it. */
  tlsSecretName?: string;
  /** Labels of an object of this instance; `name` is what runs in it (the template, or its database). */
  labels(component: InstanceComponent, name?: string): Labels;
  metadata(objectName: string, component: InstanceComponent, name?: string): ObjectMeta;
  /** The pods of one component of the instance, or of all of it. */
  selector(component?: InstanceComponent): Labels;
}

const hostname = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const imageTag = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const imageReference = /^[a-z0-9][a-z0-9._\/:-]{0,199}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

const invalid = (field: string, message: string) =>
  new AppError('validation', `The instance cannot be rendered: ${field} ${message}.`, { errors: [{ field, message }] });

export const instanceContext = (input: RenderInstanceInput): InstanceContext => {
  const { template, instanceId, userId } = input;
  const host = input.host ?? `${idLabel(instanceId, 'instanceId')}.${input.appsDomain}`;
  if (!hostname.test(host)) throw invalid('host', 'must be a lowercase DNS name');
  if (!imageTag.test(input.version)) throw invalid('version', 'must be a valid image tag');
  if (input.image !== undefined && !imageReference.test(input.image)) throw invalid('image', 'must be an image reference such as n8nio/n8n:1.64.0');
  const fallback = defaultAppImage(template, input.version);
  const names = instanceNames(template, instanceId);
  const labels = (component: InstanceComponent, name: string = template): Labels =>
    instanceLabels({ userId, instanceId, name, appInstance: names.base, component, partOf: template });
  const namespace = input.namespace ?? namespaceName(userId);
  return {
    template,
    instanceId,
    namespace,
    names,
    host,
    version: input.version,
    image: input.image ?? `${fallback.image}:${fallback.tag}`,
    limits: input.plan.limits,
    storageClassName: input.storageClassName,
    ingressClassName: input.ingressClassName ?? 'nginx',
    clusterIssuer: input.clusterIssuer,
    tlsSecretName: input.tlsSecretName ?? (input.clusterIssuer ? names.tls : undefined),
    labels,
    metadata: (objectName, component, name) => ({ name: objectName, namespace, labels: labels(component, name) }),
    selector: (component) =>
      component ? componentSelector(instanceId, component) : { [labelKeys.instance]: idLabel(instanceId, 'instanceId') },
  };
};
