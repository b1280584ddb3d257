import { setTimeout as pause } from 'node:timers/promises';
import { apiDiscovery, groupVersionPath } from './api-discovery';
import { LogUnavailableError, TransientError, type Cluster, type KindRef, type KubeObject } from './cluster';
import type { ClusterConnection, ClusterConnectionSource } from './cluster-connection';
import { classify, statusMessage, statusOf } from './cluster-errors';
import { kubeRequest, type KubeRequest } from './kube-http';

export const FIELD_MANAGER = 'paas-platform';
/** A list page's size: big enough that a namespace's objects come in one, small enough to bound one answer. */
const LIST_PAGE_SIZE = 500;

export interface RestClusterOptions {
  /** Instead of kube-http.ts's 30 s: tests of a server that never answers. */
  requestTimeoutMs?: number;
  /** Instead of 500 objects a page: tests that the pages are followed. */
  listPageSize?: number;
}

const encode = encodeURIComponent;

/**
 * The LimitRanger's and ResourceQuota's refusals. Their admission reads the namespace's LimitRanges and
 * quotas from the API server's informer cache, which lags a change applied a moment before: a plan change
 * that raises the limits and then applies a bigger volume can be refused against the old limits for a
 * short while (seen on the real control plane: "maximum storage usage per PersistentVolumeClaim is 5Gi,
 * but request is 20Gi" right after the LimitRange said 50Gi). Such a refusal is asked again for a few
 * seconds before it counts; one that holds is the plan's real limit and fails as before.
 */
const ADMISSION_LIMIT_REFUSAL = /forbidden: (?:maximum|minimum) .* usage per|exceeded quota/;
const ADMISSION_CACHE_WAITS_MS = [100, 200, 400, 800, 1500];

/**
 * The cluster through its REST API, over node:http/node:https: the few verbs the platform uses, without a
 * client library (@kubernetes/client-node and the undici it brings were ~1.7 MiB of every bundle that talks
 * to the cluster, and most of its cold start). Configured by its source: a kubeconfig file
 * (kubeconfig-file-source.ts: KUBECONFIG, ~/.kube/config, or the in-cluster service account) or an EKS
 * cluster with IAM tokens (eks-source.ts), asked before each request so a renewed token is used.
 */
export const restCluster = (source: ClusterConnectionSource, { requestTimeoutMs, listPageSize = LIST_PAGE_SIZE }: RestClusterOptions = {}): Cluster => {
  const call = async (request: KubeRequest, what: string, connection?: ClusterConnection) => kubeRequest(connection ?? (await source()), { timeoutMs: requestTimeoutMs, ...request }, what);
  const resourceOf = apiDiscovery(async (path) => JSON.parse(await call({ method: 'GET', path }, `discover ${path}`).catch((error) => classify(error, `discover ${path}`))));

  /** The URL of a kind's collection, or of one object in it; the namespace only where the kind has one. */
  const pathOf = async (kind: KindRef, namespace: string | undefined, name?: string) => {
    const [resource, connection] = await Promise.all([resourceOf(kind), source()]);
    const scope = resource.namespaced && namespace !== '' ? `/namespaces/${encode(namespace ?? connection.namespace)}` : '';
    return { path: `${groupVersionPath(kind.apiVersion)}${scope}/${resource.plural}${name === undefined ? '' : `/${encode(name)}`}`, connection };
  };

  return {
    async apply(objects) {
      for (const object of objects) {
        const what = `apply ${object.kind} ${object.metadata.name}`;
        const { path, connection } = await pathOf(object, object.metadata.namespace, object.metadata.name);
        // Server-side apply: the body is YAML, and JSON is YAML.
        const request = { method: 'PATCH', path, query: { fieldManager: FIELD_MANAGER, force: true }, contentType: 'application/apply-patch+yaml', body: JSON.stringify(object) } as const;
        for (let attempt = 0; ; attempt++) {
          const refused = await call(request, what, connection).then(
            () => undefined,
            (error: unknown) => error,
          );
          if (refused === undefined) break;
          const wait = ADMISSION_CACHE_WAITS_MS[attempt];
          if (statusOf(refused) === 403 && wait !== undefined && ADMISSION_LIMIT_REFUSAL.test(statusMessage(refused) ?? '')) {
            await pause(wait);
            continue;
          }
          // Server-side apply creates what is missing, so a 404 means the object's namespace is gone (a
          // deletion finishing under us): passing, since the step's retry applies the namespace first.
          if (statusOf(refused) === 404 && object.metadata.namespace) throw new TransientError(`${what}: its namespace is gone`, { cause: refused });
          classify(refused, what);
        }
      }
    },

    async list(kind, { namespace, labelSelector } = {}) {
      // No namespace lists across all of them (the collection's cluster-wide URL).
      const { path, connection } = await pathOf(kind, namespace ?? '');
      const items: KubeObject[] = [];
      let continueToken: string | undefined;
      do {
        const text = await call({ method: 'GET', path, query: { labelSelector, limit: listPageSize, continue: continueToken } }, `list ${kind.kind}`, connection).catch((error) =>
          classify(error, `list ${kind.kind}`),
        );
        const page = JSON.parse(text) as { items?: KubeObject[]; metadata?: { continue?: string } };
        // A list's items carry no apiVersion and kind of their own.
        items.push(...(page.items ?? []).map((item) => ({ ...item, apiVersion: kind.apiVersion, kind: kind.kind })));
        continueToken = page.metadata?.continue || undefined;
      } while (continueToken);
      return items;
    },

    async read(kind, name, namespace) {
      const { path, connection } = await pathOf(kind, namespace, name);
      try {
        return JSON.parse(await call({ method: 'GET', path }, `read ${kind.kind} ${name}`, connection)) as KubeObject;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        return classify(error, `read ${kind.kind} ${name}`);
      }
    },

    /**
     * A real JSON merge patch: the API server merges it into the object as stored, with no precondition,
     * so two requests patching one workload at once (two suspensions of a subscription) both land.
     */
    async mergePatch(kind, name, namespace, patch) {
      const { path, connection } = await pathOf(kind, namespace, name);
      const request = { method: 'PATCH', path, query: { fieldManager: FIELD_MANAGER }, contentType: 'application/merge-patch+json', body: JSON.stringify(patch) } as const;
      await call(request, `patch ${kind.kind} ${name}`, connection).catch((error) => classify(error, `patch ${kind.kind} ${name}`));
    },

    async delete(kind, name, namespace) {
      const { path, connection } = await pathOf(kind, namespace, name);
      // Foreground: the object stays (with a deletionTimestamp) until what it owns is gone.
      const body = JSON.stringify({ apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Foreground' });
      try {
        await call({ method: 'DELETE', path, body }, `delete ${kind.kind} ${name}`, connection);
      } catch (error) {
        if (statusOf(error) === 404) return;
        // Kubernetes answers 409 to deleting a namespace that is already being deleted: going, as asked.
        if (statusOf(error) === 409 && kind.kind === 'Namespace') return;
        classify(error, `delete ${kind.kind} ${name}`);
      }
    },

    /** pods/log is a subresource answering text, not an object: its path is fixed, no discovery needed. */
    async logs(namespace, pod, { container, tailLines, sinceSeconds, limitBytes, timestamps }) {
      const path = `/api/v1/namespaces/${encode(namespace)}/pods/${encode(pod)}/log`;
      try {
        return await call({ method: 'GET', path, accept: '*/*', query: { container, tailLines, sinceSeconds, limitBytes, timestamps } }, `read the log of ${pod}/${container}`);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        if (statusOf(error) === 400) throw new LogUnavailableError(statusMessage(error) ?? `the log of ${pod}/${container} is not available`, { cause: error });
        return classify(error, `read the log of ${pod}/${container}`);
      }
    },
  };
};
