import { groupVersion, resourceOf, type ApiResource } from './api-resources';
import { matchesFields, parseFieldSelector } from './field-selector';
import type { KubeObject } from './kube-object';
import { matchesLabels, parseLabelSelector } from './label-selector';
import type { ObjectStore } from './object-store';
import { notFound } from './status-errors';
import { isRunning, podMetricsOf } from './pod-metrics';
import { synthesisePods, synthesiseReplicaSet } from './synthesised-objects';

/** Reading objects, stored or synthesised, with label and field selectors applied. */

export interface ReadContext {
  store: ObjectStore;
  failImage: (image: string) => boolean;
  now(): Date;
}

/** The pods, replica sets or pod metrics one workload stands for. */
export const synthesisedFrom = ({ store, failImage, now }: ReadContext, resource: ApiResource, workload: KubeObject): KubeObject[] => {
  if (resource.kind === 'ReplicaSet') return workload.kind === 'Deployment' ? [synthesiseReplicaSet(workload)] : [];
  const nodeNames = store.list(resourceOf('v1', 'Node')).map((node) => node.metadata.name!);
  const pods = synthesisePods(workload, { nodeNames, failImage });
  if (resource.kind === 'PodMetrics') return pods.filter(isRunning).map((pod) => podMetricsOf(pod, now()));
  return pods;
};

const all = (context: ReadContext, resource: ApiResource, namespace: string | undefined): KubeObject[] => {
  if (!resource.synthesised) return context.store.list(resource, namespace);
  const workloads = [...context.store.list(resourceOf('apps/v1', 'Deployment'), namespace), ...context.store.list(resourceOf('apps/v1', 'StatefulSet'), namespace)];
  return workloads
    .flatMap((workload) => synthesisedFrom(context, resource, workload))
    .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
};

export const readObject = (context: ReadContext, resource: ApiResource, namespace: string | undefined, name: string): KubeObject => {
  const object = resource.synthesised
    ? all(context, resource, namespace).find((candidate) => candidate.metadata.name === name)
    : context.store.get(resource, namespace, name);
  if (!object) throw notFound(resource, name);
  return object;
};

export const listObjects = (context: ReadContext, resource: ApiResource, namespace: string | undefined, query: URLSearchParams): KubeObject[] => {
  const labels = parseLabelSelector(query.get('labelSelector') ?? undefined);
  const fields = parseFieldSelector(query.get('fieldSelector') ?? undefined);
  return all(context, resource, namespace).filter((object) => matchesLabels(labels, object.metadata.labels) && matchesFields(fields, object));
};

export const listDocument = (resource: ApiResource, items: KubeObject[], resourceVersion: string) => ({
  kind: `${resource.kind}List`,
  apiVersion: groupVersion(resource),
  metadata: { resourceVersion },
  items,
});
