import { groupVersion, type ApiResource } from './api-resources';
import type { KubeObject } from './kube-object';

/**
 * Every stored object in memory, keyed by (group/version/kind, namespace, name). Each write takes the next
 * number of one cluster-wide counter as the object's resourceVersion, as etcd's revision does. Reads hand
 * out copies, so nothing outside can change a stored object without writing it.
 */
export interface ObjectStore {
  get(resource: ApiResource, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Sorted by namespace then name, as the API server lists. `namespace` undefined: all namespaces. */
  list(resource: ApiResource, namespace?: string): KubeObject[];
  /** Stores the object as it is apart from metadata.resourceVersion, which it assigns; returns the stored copy. */
  put(resource: ApiResource, object: KubeObject): KubeObject;
  remove(resource: ApiResource, namespace: string | undefined, name: string): KubeObject | undefined;
  /** The resourceVersion of the last write: what a list answers with. */
  resourceVersion(): string;
  /** Called after each put or remove (workload status and pod synthesis listen). */
  onChange(listener: (change: StoreChange) => void): void;
}

export interface StoreChange {
  type: 'put' | 'remove';
  resource: ApiResource;
  object: KubeObject;
  previous?: KubeObject;
  /** The write's resourceVersion; a removal takes one too. */
  revision: number;
}

const gvk = (resource: ApiResource) => `${groupVersion(resource)}/${resource.kind}`;
const objectKey = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

export const createObjectStore = (): ObjectStore => {
  const kinds = new Map<string, Map<string, KubeObject>>();
  const listeners: ((change: StoreChange) => void)[] = [];
  let revision = 1;

  const bucket = (resource: ApiResource) => {
    let objects = kinds.get(gvk(resource));
    if (!objects) kinds.set(gvk(resource), (objects = new Map()));
    return objects;
  };
  // A listener may write too (an event about a rollout); its change waits until every listener has seen
  // the current one, so listeners see changes in resourceVersion order.
  const queue: StoreChange[] = [];
  let draining = false;
  const emit = (change: StoreChange) => {
    queue.push(change);
    if (draining) return;
    draining = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) for (const listener of listeners) listener({ ...next, object: structuredClone(next.object), previous: next.previous && structuredClone(next.previous) });
    } finally {
      draining = false;
      queue.length = 0;
    }
  };

  return {
    get: (resource, namespace, name) => {
      const object = bucket(resource).get(objectKey(resource.namespaced ? namespace : undefined, name));
      return object && structuredClone(object);
    },
    list: (resource, namespace) =>
      [...bucket(resource).entries()]
        .filter(([, object]) => namespace === undefined || object.metadata.namespace === namespace)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, object]) => structuredClone(object)),
    put: (resource, object) => {
      const key = objectKey(resource.namespaced ? object.metadata.namespace : undefined, object.metadata.name!);
      const previous = bucket(resource).get(key);
      const stored = structuredClone(object);
      stored.metadata.resourceVersion = String(++revision);
      bucket(resource).set(key, stored);
      emit({ type: 'put', resource, object: stored, previous, revision });
      return structuredClone(stored);
    },
    remove: (resource, namespace, name) => {
      const key = objectKey(resource.namespaced ? namespace : undefined, name);
      const removed = bucket(resource).get(key);
      if (!removed) return undefined;
      bucket(resource).delete(key);
      revision++;
      emit({ type: 'remove', resource, object: { ...removed, metadata: { ...removed.metadata, resourceVersion: String(revision) } }, revision });
      return structuredClone(removed);
    },
    resourceVersion: () => String(revision),
    onChange: (listener) => void listeners.push(listener),
  };
};
