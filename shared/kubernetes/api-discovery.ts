import type { KindRef } from './cluster';

/** Where a kind lives in the REST API: the plural resource name of its URL, and whether it sits in a namespace. */
export interface ApiResource {
  plural: string;
  namespaced: boolean;
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

/** The group-version's URL prefix: the core group under `/api`, the others under `/apis/<group>`. */
export const groupVersionPath = (apiVersion: string): string => (apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`);

/**
 * The API server's own discovery documents (`GET /api/v1`, `GET /apis/<group>/<version>`), one fetch per
 * group-version for the life of the adapter (one per Lambda container), as client-node's
 * KubernetesObjectApi caches them: the server
 * says what a kind's resource is called and its scope, so no hand-kept table can miss or misname a kind
 * (a CRD, a kind added in a later Kubernetes). A kind missing from a cached list is looked up once more,
 * for a CRD installed since; a failed fetch is not cached.
 */
export const apiDiscovery = (fetchList: (path: string) => Promise<ApiResourceList>) => {
  const lists = new Map<string, Promise<ApiResourceList>>();
  const listOf = (apiVersion: string, fresh: boolean) => {
    let list = fresh ? undefined : lists.get(apiVersion);
    if (!list) {
      list = fetchList(groupVersionPath(apiVersion));
      lists.set(apiVersion, list);
      list.catch(() => lists.delete(apiVersion));
    }
    return list;
  };
  // Subresources (`deployments/scale`) share the kind of other entries; the resource itself has no slash.
  const find = (list: ApiResourceList, kind: string) => list.resources?.find((resource) => resource.kind === kind && !resource.name.includes('/'));

  return async ({ apiVersion, kind }: KindRef): Promise<ApiResource> => {
    const found = find(await listOf(apiVersion, false), kind) ?? find(await listOf(apiVersion, true), kind);
    if (!found) throw new Error(`the cluster serves no kind ${kind} in ${apiVersion}`);
    return { plural: found.name, namespaced: found.namespaced };
  };
};
