import { randomUUID } from 'node:crypto';
import { apiResources, resourceOf } from './api-resources';
import { kubeTime, type KubeObject } from './kube-object';
import type { ObjectStore } from './object-store';
import { forbidden, notFound } from './status-errors';

/**
 * What a namespace brings and takes with it. A new namespace gets its `default` ServiceAccount and the
 * `kube-root-ca.crt` ConfigMap, as in a cluster. Deleting one answers with the namespace in phase
 * Terminating, removes everything in it at once, and drops the namespace itself after
 * `terminationDelayMs` (0: at once); until then nothing new can be created in it.
 */

export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];
const UNDELETABLE = new Set(['default', 'kube-system', 'kube-public']);
const FAKE_CA = '-----BEGIN CERTIFICATE-----\nc2ltdWxhdGVkIGNsdXN0ZXI=\n-----END CERTIFICATE-----\n';

export interface NamespaceLifecycle {
  /** Puts in what a new namespace starts with. */
  populate(namespace: string): void;
  /** Deletes the namespace; returns it as it is while Terminating. */
  remove(name: string): KubeObject;
  isTerminating(name: string): boolean;
  stop(): void;
}

export const createNamespaceLifecycle = (store: ObjectStore, terminationDelayMs: () => number, now: () => Date): NamespaceLifecycle => {
  const namespaces = resourceOf('v1', 'Namespace');
  const timers = new Set<NodeJS.Timeout>();
  const meta = (name: string, namespace: string) => ({ name, namespace, uid: randomUUID(), creationTimestamp: kubeTime(now()), generation: 1 });

  const finish = (name: string) => {
    for (const resource of apiResources.filter((r) => r.namespaced && !r.synthesised))
      for (const object of store.list(resource, name)) store.remove(resource, name, object.metadata.name!);
    const namespace = store.get(namespaces, undefined, name);
    if (namespace?.metadata.deletionTimestamp) store.remove(namespaces, undefined, name);
  };

  return {
    populate: (namespace) => {
      store.put(resourceOf('v1', 'ServiceAccount'), { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', namespace) });
      store.put(resourceOf('v1', 'ConfigMap'), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { ...meta('kube-root-ca.crt', namespace), annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } },
        data: { 'ca.crt': FAKE_CA },
      });
    },
    remove: (name) => {
      const namespace = store.get(namespaces, undefined, name);
      if (!namespace) throw notFound(namespaces, name);
      if (UNDELETABLE.has(name)) throw forbidden(namespaces, name, 'this namespace may not be deleted');
      if (namespace.metadata.deletionTimestamp) return namespace;
      const terminating = store.put(namespaces, {
        ...namespace,
        metadata: { ...namespace.metadata, deletionTimestamp: kubeTime(now()) },
        status: { phase: 'Terminating' },
      });
      // The contents go now; the namespace lingers in Terminating like one whose finalizer is still running.
      for (const resource of apiResources.filter((r) => r.namespaced && !r.synthesised))
        for (const object of store.list(resource, name)) store.remove(resource, name, object.metadata.name!);
      const delay = terminationDelayMs();
      if (delay <= 0) finish(name);
      else {
        const timer = setTimeout(() => {
          timers.delete(timer);
          finish(name);
        }, delay);
        timer.unref();
        timers.add(timer);
      }
      return terminating;
    },
    isTerminating: (name) => store.get(namespaces, undefined, name)?.metadata.deletionTimestamp !== undefined,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
};
