import type { ApiResource } from './api-resources';
import { deepEqual, isPlainObject, type JsonObject, type KubeObject } from './kube-object';
import { matchesLabels, parseLabelSelector, labelSelectorString } from './label-selector';
import { invalid } from './status-errors';

/**
 * The validation a real API server would apply and a platform bug would trip over: names, labels, a
 * workload's selector against its template, and the fields Kubernetes refuses to change after creation.
 */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
const LABEL_NAMED_KINDS = new Set(['Namespace', 'Service']);

interface Cause {
  field: string;
  message: string;
}

const validName = (resource: ApiResource, name: string): string | undefined => {
  if (LABEL_NAMED_KINDS.has(resource.kind))
    return name.length <= 63 && DNS_LABEL.test(name) ? undefined : `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`;
  return name.length <= 253 && DNS_SUBDOMAIN.test(name) ? undefined : `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`;
};

const validKey = (key: string): boolean => {
  const [prefix, name] = key.includes('/') ? (key.split('/', 2) as [string, string]) : [undefined, key];
  return (prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix))) && name.length <= 63 && LABEL_NAME.test(name);
};

const metadataCauses = (resource: ApiResource, object: KubeObject): Cause[] => {
  const causes: Cause[] = [];
  const name = object.metadata.name ?? '';
  const nameProblem = name ? validName(resource, name) : 'Required value: name or generateName is required';
  if (nameProblem) causes.push({ field: 'metadata.name', message: nameProblem });
  for (const [key, value] of Object.entries(object.metadata.labels ?? {})) {
    if (!validKey(key)) causes.push({ field: 'metadata.labels', message: `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.'` });
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) causes.push({ field: 'metadata.labels', message: `Invalid value: "${String(value)}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.'` });
  }
  for (const key of Object.keys(object.metadata.annotations ?? {}))
    if (!validKey(key)) causes.push({ field: 'metadata.annotations', message: `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.'` });
  return causes;
};

const workloadCauses = (object: KubeObject): Cause[] => {
  const spec = (object.spec ?? {}) as JsonObject;
  const template = (spec.template ?? {}) as { metadata?: { labels?: Record<string, string> }; spec?: { containers?: JsonObject[] } };
  const causes: Cause[] = [];
  const selector = labelSelectorString(spec.selector);
  if (!isPlainObject(spec.selector) || selector === '') causes.push({ field: 'spec.selector', message: 'Required value' });
  else if (!matchesLabels(parseLabelSelector(selector), template.metadata?.labels))
    causes.push({ field: 'spec.template.metadata.labels', message: `Invalid value: ${JSON.stringify(template.metadata?.labels ?? {})}: \`selector\` does not match template \`labels\`` });
  const containers = template.spec?.containers ?? [];
  if (containers.length === 0) causes.push({ field: 'spec.template.spec.containers', message: 'Required value' });
  containers.forEach((container, i) => {
    if (!container.name) causes.push({ field: `spec.template.spec.containers[${i}].name`, message: 'Required value' });
    if (!container.image) causes.push({ field: `spec.template.spec.containers[${i}].image`, message: 'Required value' });
  });
  return causes;
};

const without = (value: unknown, keys: string[]) => Object.fromEntries(Object.entries((value ?? {}) as JsonObject).filter(([key]) => !keys.includes(key)));

/** What may not change once the object exists. */
const immutableCauses = (resource: ApiResource, object: KubeObject, previous: KubeObject): Cause[] => {
  const spec = (object.spec ?? {}) as JsonObject;
  const before = (previous.spec ?? {}) as JsonObject;
  switch (resource.kind) {
    case 'Deployment':
      return deepEqual(spec.selector, before.selector) ? [] : [{ field: 'spec.selector', message: 'Invalid value: field is immutable' }];
    case 'StatefulSet': {
      const mutable = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds', 'revisionHistoryLimit'];
      return deepEqual(without(spec, mutable), without(before, mutable))
        ? []
        : [{ field: 'spec', message: "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden" }];
    }
    case 'PersistentVolumeClaim':
      return deepEqual(without(spec, ['resources', 'volumeAttributesClassName']), without(before, ['resources', 'volumeAttributesClassName']))
        ? []
        : [{ field: 'spec', message: 'Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims' }];
    case 'Service':
      return before.clusterIP === undefined || spec.clusterIP === before.clusterIP ? [] : [{ field: 'spec.clusterIP', message: 'Invalid value: field is immutable' }];
    case 'Secret':
    case 'ConfigMap':
      return previous.immutable === true && !(deepEqual(object.data, previous.data) && deepEqual(object.binaryData, previous.binaryData) && object.immutable === true)
        ? [{ field: 'data', message: 'Forbidden: field is immutable when `immutable` is set' }]
        : [];
    default:
      return [];
  }
};

export const validate = (resource: ApiResource, object: KubeObject, previous: KubeObject | undefined) => {
  const causes = [
    ...metadataCauses(resource, object),
    ...(resource.kind === 'Deployment' || resource.kind === 'StatefulSet' ? workloadCauses(object) : []),
    ...(previous ? immutableCauses(resource, object, previous) : []),
  ];
  if (causes.length > 0) throw invalid(resource, object.metadata.name ?? '', causes);
};
