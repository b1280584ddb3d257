import { parse as parseYaml } from 'yaml';
import { groupVersion, qualifiedName, type ApiResource } from './api-resources';
import { isPlainObject, type KubeObject } from './kube-object';
import { labelSelectorString } from './label-selector';
import { nameForCreate, writeObject, type Cluster, type WriteOptions } from './object-writes';
import { jsonPatch, mergePatch, PATCH_TYPES, strategicMergePatch } from './patches';
import { listDocument, listObjects, readObject } from './resource-reads';
import { serverSideApply } from './server-side-apply';
import { alreadyExists, badRequest, KubeStatusError, methodNotAllowed, notFound, unsupportedMediaType } from './status-errors';
import { toTable, wantsTable, type IncludeObject } from './table-output';

/** The verbs on one resource path: `/…/{plural}[/{name}[/status|/scale]]`. */

export interface ResourceRequest {
  method: string;
  resource: ApiResource;
  namespace?: string;
  name?: string;
  subresource?: string;
  query: URLSearchParams;
  contentType: string;
  accept: string;
  userAgent: string;
  body: string;
}

export interface HandlerResult {
  status: number;
  body: unknown;
}

const parseBody = (request: ResourceRequest): unknown => {
  if (!request.body.trim()) throw badRequest('the request has no body');
  // kubectl's typed commands (`kubectl create ns`, `create secret`) send protobuf, which is not decoded here.
  if (request.contentType.includes('protobuf'))
    throw new KubeStatusError(415, 'UnsupportedMediaType', 'the simulated cluster accepts JSON and YAML bodies only, not protobuf: use `kubectl apply --server-side --validate=false -f …`');
  try {
    return /yaml/.test(request.contentType) ? parseYaml(request.body) : JSON.parse(request.body);
  } catch (error) {
    throw badRequest(`the body of the request could not be decoded: ${(error as Error).message}`);
  }
};

const objectBody = (request: ResourceRequest): KubeObject => {
  const body = parseBody(request);
  if (!isPlainObject(body)) throw badRequest('the body of the request must be an object');
  const object = { ...body, metadata: isPlainObject(body.metadata) ? body.metadata : {} } as KubeObject;
  const ns = object.metadata.namespace;
  if (request.resource.namespaced && ns && request.namespace && ns !== request.namespace)
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  return object;
};

const checkIdentity = (request: ResourceRequest, object: KubeObject, expectKind = true) => {
  // As the API server's decoder: a body without apiVersion and kind takes them from the URL.
  if (expectKind && ((object.apiVersion ?? groupVersion(request.resource)) !== groupVersion(request.resource) || (object.kind ?? request.resource.kind) !== request.resource.kind))
    throw badRequest(`the object is ${object.apiVersion ?? '?'} ${object.kind ?? '?'}, but the request is for ${groupVersion(request.resource)} ${request.resource.kind}`);
  if (object.metadata.name && request.name && object.metadata.name !== request.name)
    throw badRequest(`the name of the object (${object.metadata.name}) does not match the name on the URL (${request.name})`);
};

const managerOf = (request: ResourceRequest) => request.query.get('fieldManager') || request.userAgent.split('/')[0] || 'unknown';

const writeOptions = (request: ResourceRequest, operation: WriteOptions['operation']): WriteOptions => ({
  operation,
  manager: managerOf(request),
  dryRun: request.query.has('dryRun'),
  ...(request.subresource === 'status' && { subresource: 'status' as const }),
});

const scaleOf = (workload: KubeObject) => ({
  kind: 'Scale',
  apiVersion: 'autoscaling/v1',
  metadata: {
    name: workload.metadata.name,
    namespace: workload.metadata.namespace,
    uid: workload.metadata.uid,
    resourceVersion: workload.metadata.resourceVersion,
    creationTimestamp: workload.metadata.creationTimestamp,
  },
  spec: { replicas: (workload.spec as { replicas?: number } | undefined)?.replicas ?? 0 },
  status: { replicas: (workload.status as { replicas?: number } | undefined)?.replicas ?? 0, selector: labelSelectorString((workload.spec as { selector?: unknown })?.selector) },
});

const withReplicas = (workload: KubeObject, scale: unknown): KubeObject => {
  const replicas = (scale as { spec?: { replicas?: unknown } } | undefined)?.spec?.replicas;
  if (!Number.isInteger(replicas) || (replicas as number) < 0) throw new KubeStatusError(422, 'Invalid', `Scale.autoscaling "${workload.metadata.name}" is invalid: spec.replicas: Invalid value: must be a non-negative integer`);
  return { ...workload, spec: { ...(workload.spec as object), replicas } };
};

const patched = (request: ResourceRequest, target: unknown): unknown => {
  const type = request.contentType.split(';')[0]!.trim();
  const body = parseBody(request);
  if (type === PATCH_TYPES.json) return jsonPatch(target, body);
  if (type === PATCH_TYPES.merge) return mergePatch(target, body);
  if (type === PATCH_TYPES.strategic) return strategicMergePatch(target, body);
  throw unsupportedMediaType(type);
};

const get = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  const { resource, namespace, name } = request;
  if (name) {
    const object = readObject(cluster, resource, namespace, name);
    return { status: 200, body: request.subresource === 'scale' ? scaleOf(object) : object };
  }
  const items = listObjects(cluster, resource, namespace, request.query);
  const resourceVersion = cluster.store.resourceVersion();
  if (wantsTable(request.accept)) return { status: 200, body: toTable(resource, items, resourceVersion, (request.query.get('includeObject') ?? 'Metadata') as IncludeObject, cluster.now()) };
  return { status: 200, body: listDocument(resource, items, resourceVersion) };
};

const create = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  const object = objectBody(request);
  checkIdentity(request, object);
  const name = nameForCreate(request.resource, object);
  const namespace = request.resource.namespaced ? request.namespace : undefined;
  if (cluster.store.get(request.resource, namespace, name)) throw alreadyExists(request.resource, name);
  const created = writeObject(cluster, request.resource, undefined, { ...object, metadata: { ...object.metadata, name, namespace } }, writeOptions(request, 'create'));
  return { status: 201, body: created };
};

const existing = (cluster: Cluster, request: ResourceRequest) => {
  const object = cluster.store.get(request.resource, request.namespace, request.name!);
  if (!object) throw notFound(request.resource, request.name!);
  return object;
};

const replace = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  const previous = existing(cluster, request);
  const body = objectBody(request);
  if (request.subresource === 'scale') {
    checkIdentity(request, body, false);
    return { status: 200, body: scaleOf(writeObject(cluster, request.resource, previous, withReplicas(previous, body), writeOptions({ ...request, subresource: undefined }, 'update'))) };
  }
  checkIdentity(request, body);
  return { status: 200, body: writeObject(cluster, request.resource, previous, { ...body, metadata: { ...body.metadata, namespace: request.namespace } }, writeOptions(request, 'update')) };
};

const apply = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  if (request.subresource) throw methodNotAllowed('the simulated cluster serves server-side apply on the main resource only');
  const manager = request.query.get('fieldManager');
  if (!manager) throw badRequest('PATCH, application/apply-patch+yaml requests must have fieldManager');
  const applied = objectBody(request);
  checkIdentity(request, applied);
  if (!applied.metadata.name) throw badRequest('the applied object has no metadata.name');
  delete applied.status;
  const previous = cluster.store.get(request.resource, request.namespace, request.name!);
  const force = request.query.get('force') === 'true';
  const merged = serverSideApply({ existing: previous, applied: { ...applied, metadata: { ...applied.metadata, namespace: request.namespace } }, manager, force, now: cluster.now() });
  const stored = writeObject(cluster, request.resource, previous, merged, writeOptions(request, 'apply'));
  return { status: previous ? 200 : 201, body: stored };
};

const patch = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  if (request.contentType.startsWith(PATCH_TYPES.apply)) return apply(cluster, request);
  const previous = existing(cluster, request);
  if (request.subresource === 'scale') {
    const scale = patched(request, scaleOf(previous));
    return { status: 200, body: scaleOf(writeObject(cluster, request.resource, previous, withReplicas(previous, scale), writeOptions({ ...request, subresource: undefined }, 'update'))) };
  }
  const next = patched(request, previous) as KubeObject;
  if (!isPlainObject(next) || !isPlainObject(next.metadata)) throw badRequest('the patch leaves no object');
  checkIdentity(request, next);
  return { status: 200, body: writeObject(cluster, request.resource, previous, next, writeOptions(request, 'update')) };
};

const deleted = (resource: ApiResource, object: KubeObject) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Success',
  details: { name: object.metadata.name, group: resource.group, kind: resource.plural, uid: object.metadata.uid },
});

const remove = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  const { resource, namespace, name } = request;
  const dryRun = request.query.has('dryRun');
  if (!name) {
    if (resource.kind === 'Namespace') throw methodNotAllowed('the simulated cluster does not delete namespaces as a collection');
    const items = listObjects(cluster, resource, namespace, request.query);
    if (!dryRun) for (const item of items) cluster.store.remove(resource, item.metadata.namespace, item.metadata.name!);
    return { status: 200, body: listDocument(resource, items, cluster.store.resourceVersion()) };
  }
  if (resource.kind === 'Namespace') return { status: 200, body: dryRun ? existing(cluster, request) : cluster.namespaces.remove(name) };
  const object = existing(cluster, request);
  if (!dryRun) cluster.store.remove(resource, namespace, name);
  return { status: 200, body: deleted(resource, object) };
};

export const handleResourceRequest = (cluster: Cluster, request: ResourceRequest): HandlerResult => {
  const { method, resource, name, subresource } = request;
  if (subresource && !(resource.subresources as string[] | undefined)?.includes(subresource)) throw notFound(resource, `${name}/${subresource}`);
  if (method === 'GET') return get(cluster, request);
  if (resource.synthesised) throw methodNotAllowed(`${qualifiedName(resource)} are computed from their workloads in the simulated cluster and cannot be written`);
  if (method === 'POST' && !name) return create(cluster, request);
  if (method === 'PUT' && name) return replace(cluster, request);
  if (method === 'PATCH' && name) return patch(cluster, request);
  if (method === 'DELETE' && !subresource) return remove(cluster, request);
  throw methodNotAllowed(`${method} is not supported on this path`);
};
