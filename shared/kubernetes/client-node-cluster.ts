import { CoreV1Api, type KubeConfig, KubernetesObjectApi, PatchStrategy, type KubernetesObject } from '@kubernetes/client-node';
import { LogUnavailableError, TransientError, type Cluster, type KindRef, type KubeObject } from './cluster';
import { jsonMergePatch } from './json-merge-patch';
import { type KubeConfigSource, kubeconfigFileSource } from './kube-config-source';

export const FIELD_MANAGER = 'paas-platform';

/**
 * Reads and writes of one merge patch before a cluster that keeps changing the object is a TransientError;
 * between them a random pause growing with the attempt, so writers racing for one object spread out.
 */
const MERGE_PATCH_ATTEMPTS = 10;
const mergePatchPause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

const statusOf = (error: unknown): number | undefined => {
  const code = (error as { code?: unknown; statusCode?: unknown; response?: { statusCode?: unknown } } | undefined) ?? {};
  const value = code.code ?? code.statusCode ?? code.response?.statusCode;
  return typeof value === 'number' ? value : undefined;
};

/** Kubernetes refuses new objects in a namespace that is being deleted; once it is gone, they are accepted again. */
const namespaceTerminating = (error: unknown) =>
  /being terminated|NamespaceTerminating/.test(`${JSON.stringify((error as { body?: unknown }).body ?? '')} ${(error as Error).message ?? ''}`);

/** Throttling, server errors, network failures and a terminating namespace become TransientError, so the workflow retries them. */
const classify = (error: unknown, what: string): never => {
  const status = statusOf(error);
  if (status === undefined || status === 429 || status >= 500 || (status === 403 && namespaceTerminating(error))) {
    throw new TransientError(`${what}: ${status ?? (error as Error).message}`, { cause: error });
  }
  const message = statusMessage(error);
  throw new Error(`${what}: the cluster answered ${status}${message ? ` (${message})` : ''}`, { cause: error });
};

/**
 * The API server's own words from its Status body (`exceeded quota: …`, `violates PodSecurity …`), the one
 * line that says why, cut short: it names the objects and limits involved, never a credential.
 */
const statusMessage = (error: unknown): string | undefined => {
  const body = (error as { body?: unknown }).body;
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  const message = (parsed as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.split('\n')[0]!.slice(0, 240) : undefined;
};

/**
 * The cluster through @kubernetes/client-node, configured by its source: a kubeconfig file (the default:
 * KUBECONFIG, ~/.kube/config, or the in-cluster service account) or an EKS cluster with IAM tokens. The
 * source is asked before each request, and a new configuration (a refreshed token) gets a new client.
 */
export const clientNodeCluster = (source: KubeConfigSource = kubeconfigFileSource()): Cluster => {
  let client: { config: KubeConfig; api: KubernetesObjectApi; core: CoreV1Api } | undefined;
  const currentClient = async () => {
    const config = await source();
    if (client?.config !== config) client = { config, api: KubernetesObjectApi.makeApiClient(config), core: config.makeApiClient(CoreV1Api) };
    return client;
  };
  const currentApi = async () => (await currentClient()).api;

  return {
    async apply(objects) {
      const api = await currentApi();
      for (const object of objects) {
        await api
          .patch(object as KubernetesObject, undefined, undefined, FIELD_MANAGER, true, PatchStrategy.ServerSideApply)
          .catch((error) => {
            // Server-side apply creates what is missing, so a 404 means the object's namespace is gone (a
            // deletion finishing under us): passing, since the step's retry applies the namespace first.
            if (statusOf(error) === 404 && object.metadata.namespace) throw new TransientError(`apply ${object.kind} ${object.metadata.name}: its namespace is gone`, { cause: error });
            return classify(error, `apply ${object.kind} ${object.metadata.name}`);
          });
      }
    },

    async list(kind, { namespace, labelSelector } = {}) {
      const api = await currentApi();
      const items: KubeObject[] = [];
      let continueToken: string | undefined;
      do {
        const page = await api
          .list(kind.apiVersion, kind.kind, namespace, undefined, undefined, undefined, undefined, labelSelector, 500, continueToken)
          .catch((error) => classify(error, `list ${kind.kind}`));
        items.push(...(page.items as unknown as KubeObject[]).map((item) => ({ ...item, apiVersion: kind.apiVersion, kind: kind.kind })));
        continueToken = page.metadata?._continue || undefined;
      } while (continueToken);
      return items;
    },

    async read(kind: KindRef, name: string, namespace?: string) {
      const api = await currentApi();
      try {
        return (await api.read({ apiVersion: kind.apiVersion, kind: kind.kind, metadata: { name, namespace } })) as unknown as KubeObject;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        return classify(error, `read ${kind.kind} ${name}`);
      }
    },

    /**
     * client-node serialises patches through its typed models, which refuse a partial Deployment; so the
     * merge is done here on the object read, and written back with its resourceVersion. A concurrent change
     * (another request's patch, a controller's status update) is a 409: the patch is merged into the object
     * read again, as the API server does with a real merge patch, which has no precondition. Only a write
     * losing every time is a TransientError. Without this, two requests scaling one workload at once (two
     * suspensions of a subscription) answered a 500.
     */
    async mergePatch(kind, name, namespace, patch) {
      const api = await currentApi();
      for (let attempt = 1; ; attempt++) {
        const current = await api
          .read({ apiVersion: kind.apiVersion, kind: kind.kind, metadata: { name, namespace } })
          .catch((error) => classify(error, `read ${kind.kind} ${name}`));
        const merged = jsonMergePatch({ ...current, apiVersion: kind.apiVersion, kind: kind.kind }, patch) as KubernetesObject;
        const written = await api.replace(merged, undefined, undefined, FIELD_MANAGER).then(
          () => true,
          (error) => {
            if (statusOf(error) !== 409) return classify(error, `patch ${kind.kind} ${name}`);
            if (attempt >= MERGE_PATCH_ATTEMPTS) throw new TransientError(`patch ${kind.kind} ${name}: changed meanwhile`, { cause: error });
            return false;
          },
        );
        if (written) return;
        await mergePatchPause(attempt);
      }
    },

    async delete(kind: KindRef, name: string, namespace?: string) {
      const api = await currentApi();
      try {
        await api.delete({ apiVersion: kind.apiVersion, kind: kind.kind, metadata: { name, namespace } }, undefined, undefined, undefined, undefined, 'Foreground');
      } catch (error) {
        if (statusOf(error) === 404) return;
        // Kubernetes answers 409 to deleting a namespace that is already being deleted: going, as asked.
        if (statusOf(error) === 409 && kind.kind === 'Namespace') return;
        classify(error, `delete ${kind.kind} ${name}`);
      }
    },

    /** pods/log is no object the generic API reads: the typed core client asks for it, as text. */
    async logs(namespace, pod, { container, tailLines, sinceSeconds, limitBytes, timestamps }) {
      const { core } = await currentClient();
      try {
        const text: unknown = await core.readNamespacedPodLog({ name: pod, namespace, container, tailLines, sinceSeconds, limitBytes, timestamps });
        return typeof text === 'string' ? text : String(text ?? '');
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        if (statusOf(error) === 400) throw new LogUnavailableError(statusMessage(error) ?? `the log of ${pod}/${container} is not available`, { cause: error });
        return classify(error, `read the log of ${pod}/${container}`);
      }
    },
  };
};
