import { randomUUID } from 'node:crypto';
import { groupVersion, resourceOf, type ApiResource } from './api-resources';
import { applyDefaults } from './defaults';
import { deepEqual, kubeTime, type KubeObject } from './kube-object';
import { recordUpdate } from './managed-fields';
import type { NamespaceLifecycle } from './namespace-lifecycle';
import type { ReadContext } from './resource-reads';
import { badRequest, conflict, forbidden, notFound } from './status-errors';
import { validate } from './validation';
import type { WorkloadController } from './workload-status';

/**
 * One write of one object, whichever verb asked for it (create, update, patch, apply, a subresource): the
 * checks and bookkeeping of the API server in order — namespace, identity, preconditions, defaults,
 * validation, generation, managedFields, the workload controllers' status — then the store. A write that
 * changes nothing is not stored, so its resourceVersion stays.
 */

export interface Cluster extends ReadContext {
  workloads: WorkloadController;
  namespaces: NamespaceLifecycle;
  now(): Date;
}

export interface WriteOptions {
  /** Apply computes its own managedFields; the other verbs record an Update by `manager`. */
  operation: 'create' | 'update' | 'apply';
  manager: string;
  dryRun: boolean;
  /** Writes through /status change the status only; other writes leave the status alone. */
  subresource?: 'status';
}

const specOf = ({ metadata: _metadata, status: _status, ...rest }: KubeObject) => rest;

const withoutResourceVersion = (object: KubeObject) => ({ ...object, metadata: { ...object.metadata, resourceVersion: undefined } });

export const checkNamespace = (cluster: Cluster, resource: ApiResource, namespace: string | undefined, creating: boolean) => {
  if (!resource.namespaced) return;
  const namespaces = resourceOf('v1', 'Namespace');
  if (!namespace || !cluster.store.get(namespaces, undefined, namespace)) throw notFound(namespaces, namespace ?? '');
  if (creating && cluster.namespaces.isTerminating(namespace))
    throw forbidden(resourceOf('v1', 'Namespace'), namespace, `unable to create new content in namespace ${namespace} because it is being terminated`);
};

export const writeObject = (cluster: Cluster, resource: ApiResource, previous: KubeObject | undefined, candidate: KubeObject, options: WriteOptions): KubeObject => {
  const now = cluster.now();
  const namespace = resource.namespaced ? (previous?.metadata.namespace ?? candidate.metadata?.namespace) : undefined;
  checkNamespace(cluster, resource, namespace, !previous);

  const requested = structuredClone(candidate);
  const next: KubeObject = {
    ...requested,
    apiVersion: groupVersion(resource),
    kind: resource.kind,
    metadata: { ...requested.metadata, ...(namespace !== undefined ? { namespace } : {}) },
  };
  if (!resource.namespaced) delete next.metadata.namespace;

  if (previous) {
    const precondition = requested.metadata?.resourceVersion;
    if (precondition && precondition !== previous.metadata.resourceVersion) throw conflict(resource, previous.metadata.name!);
    Object.assign(next.metadata, {
      uid: previous.metadata.uid,
      creationTimestamp: previous.metadata.creationTimestamp,
      generation: previous.metadata.generation,
      deletionTimestamp: previous.metadata.deletionTimestamp,
      resourceVersion: previous.metadata.resourceVersion,
    });
    if (next.metadata.deletionTimestamp === undefined) delete next.metadata.deletionTimestamp;
  } else {
    Object.assign(next.metadata, { uid: randomUUID(), creationTimestamp: kubeTime(now), generation: 1 });
    delete next.metadata.resourceVersion;
    delete next.metadata.deletionTimestamp;
  }

  let object = next;
  if (options.subresource === 'status') {
    if (!previous) throw notFound(resource, next.metadata.name ?? '');
    object = { ...previous, status: next.status };
  } else if (resource.subresources?.includes('status')) {
    // Clients cannot set a status through the main resource, only through /status.
    if (previous?.status === undefined) delete object.status;
    else object.status = previous.status;
  }

  applyDefaults(resource, object, previous);
  validate(resource, object, previous);
  if (previous && !deepEqual(specOf(previous), specOf(object))) object.metadata.generation = (previous.metadata.generation ?? 1) + 1;
  if (options.operation !== 'apply' && options.subresource !== 'status') object.metadata.managedFields = recordUpdate(previous, object, options.manager, now);
  if (object.metadata.managedFields?.length === 0) delete object.metadata.managedFields;
  cluster.workloads.statusOnWrite(resource, previous, object);

  if (previous && deepEqual(withoutResourceVersion(previous), withoutResourceVersion(object))) return previous;
  if (options.dryRun) return object;
  const stored = cluster.store.put(resource, object);
  if (resource.kind === 'Namespace' && !previous) cluster.namespaces.populate(stored.metadata.name!);
  return stored;
};

export const nameForCreate = (resource: ApiResource, object: KubeObject): string => {
  if (object.metadata?.name) return object.metadata.name;
  if (object.metadata?.generateName) return `${object.metadata.generateName}${randomUUID().replaceAll('-', '').slice(0, 5)}`;
  throw badRequest(`${resource.kind} has no name: metadata.name or metadata.generateName is required`);
};
