/** A Kubernetes object as the platform handles it: plain data, rendered by the templates. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; resourceVersion?: string; deletionTimestamp?: string };
  [field: string]: unknown;
}

export interface KindRef {
  apiVersion: string;
  kind: string;
}

/**
 * The platform's port to a Kubernetes cluster. The adapter (rest-cluster.ts) speaks the REST API to a real
 * cluster or the simulated one; tests of the domain pass a fake.
 */
export interface Cluster {
  /** Server-side apply with the platform's field manager: creating and re-applying are the same call. */
  apply(objects: readonly KubeObject[]): Promise<void>;
  list(kind: KindRef, options?: { namespace?: string; labelSelector?: string }): Promise<KubeObject[]>;
  read(kind: KindRef, name: string, namespace?: string): Promise<KubeObject | undefined>;
  /** A JSON merge patch: touches only the fields it names (scaling, annotations). */
  mergePatch(kind: KindRef, name: string, namespace: string, patch: Record<string, unknown>): Promise<void>;
  /** Deletes an object; one that is already gone is fine. */
  delete(kind: KindRef, name: string, namespace?: string): Promise<void>;
  /**
   * The log of one container of a pod (pods/log), as text: the API server fetches it from the node's
   * kubelet. `undefined` when the pod or the container is gone.
   */
  logs(namespace: string, pod: string, options: PodLogOptions): Promise<string | undefined>;
}

/** What pods/log is asked for: its own query parameters (`tailLines`, `sinceSeconds`, `limitBytes`). */
export interface PodLogOptions {
  container: string;
  tailLines?: number;
  sinceSeconds?: number;
  limitBytes?: number;
  timestamps?: boolean;
}

/** A failure worth retrying (throttling, 5xx, timeouts, refused connections): Step Functions retries these by name. */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/**
 * The API server would not give a container's log now (400: the container is waiting to start, or the pod
 * has no such container any more): not the platform's failure, nor one a retry fixes soon.
 */
export class LogUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogUnavailableError';
  }
}
