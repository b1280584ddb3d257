/**
 * The one table of what the simulated cluster serves: discovery (/api, /apis, group versions) and routing
 * both read it, so a kind added here is listed, routed and stored at once.
 */

export type Subresource = 'status' | 'scale';

export interface ApiResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  subresources?: Subresource[];
  /** Computed from other objects (pods, replica sets of workloads): read-only. */
  synthesised?: boolean;
}

const core = (kind: string, plural: string, rest: Partial<ApiResource> = {}): ApiResource => ({
  group: '',
  version: 'v1',
  kind,
  plural,
  singular: kind.toLowerCase(),
  namespaced: true,
  ...rest,
});
const inGroup = (group: string, version: string) => (kind: string, plural: string, rest: Partial<ApiResource> = {}): ApiResource => ({
  ...core(kind, plural, rest),
  group,
  version,
});
const apps = inGroup('apps', 'v1');
const networking = inGroup('networking.k8s.io', 'v1');
const policy = inGroup('policy', 'v1');
const batch = inGroup('batch', 'v1');
const rbac = inGroup('rbac.authorization.k8s.io', 'v1');
const metrics = inGroup('metrics.k8s.io', 'v1beta1');
const certManager = inGroup('cert-manager.io', 'v1');

export const apiResources: readonly ApiResource[] = [
  core('Namespace', 'namespaces', { namespaced: false, shortNames: ['ns'], subresources: ['status'] }),
  core('Node', 'nodes', { namespaced: false, shortNames: ['no'], subresources: ['status'] }),
  core('Pod', 'pods', { shortNames: ['po'], categories: ['all'], synthesised: true }),
  core('Service', 'services', { shortNames: ['svc'], categories: ['all'], subresources: ['status'] }),
  core('Secret', 'secrets'),
  core('ConfigMap', 'configmaps', { shortNames: ['cm'] }),
  core('ServiceAccount', 'serviceaccounts', { shortNames: ['sa'] }),
  core('PersistentVolumeClaim', 'persistentvolumeclaims', { shortNames: ['pvc'], subresources: ['status'] }),
  core('ResourceQuota', 'resourcequotas', { shortNames: ['quota'], subresources: ['status'] }),
  core('LimitRange', 'limitranges', { shortNames: ['limits'] }),
  core('Event', 'events', { shortNames: ['ev'] }),
  apps('Deployment', 'deployments', { shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] }),
  apps('StatefulSet', 'statefulsets', { shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] }),
  apps('ReplicaSet', 'replicasets', { shortNames: ['rs'], categories: ['all'], synthesised: true }),
  // The platform's backup and restore Jobs; the local job runner (infra/local/backup-jobs) plays their pod.
  batch('Job', 'jobs', { categories: ['all'], subresources: ['status'] }),
  networking('Ingress', 'ingresses', { shortNames: ['ing'], subresources: ['status'] }),
  networking('NetworkPolicy', 'networkpolicies', { shortNames: ['netpol'] }),
  policy('PodDisruptionBudget', 'poddisruptionbudgets', { shortNames: ['pdb'], subresources: ['status'] }),
  rbac('Role', 'roles'),
  rbac('RoleBinding', 'rolebindings'),
  // cert-manager's Certificate (custom domains' certificates): the simulated cluster plays cert-manager and reports it Ready at once.
  certManager('Certificate', 'certificates', { shortNames: ['cert', 'certs'], categories: ['cert-manager'], subresources: ['status'] }),
  // metrics-server's API: what each running pod uses now (usage metering reads it).
  metrics('PodMetrics', 'pods', { synthesised: true }),
];

export const groupVersion = (resource: Pick<ApiResource, 'group' | 'version'>): string =>
  resource.group ? `${resource.group}/${resource.version}` : resource.version;

/** `deployments.apps`, `namespaces`: how Kubernetes names a resource in its error messages. */
export const qualifiedName = (resource: ApiResource): string => (resource.group ? `${resource.plural}.${resource.group}` : resource.plural);

export const resourcesOf = (apiVersion: string): ApiResource[] => apiResources.filter((resource) => groupVersion(resource) === apiVersion);

export const findResource = (apiVersion: string, plural: string): ApiResource | undefined =>
  apiResources.find((resource) => groupVersion(resource) === apiVersion && resource.plural === plural);

export const findResourceByKind = (apiVersion: string, kind: string): ApiResource | undefined =>
  apiResources.find((resource) => groupVersion(resource) === apiVersion && resource.kind === kind);

export const resourceOf = (apiVersion: string, kind: string): ApiResource => {
  const resource = findResourceByKind(apiVersion, kind);
  if (!resource) throw new Error(`The simulated cluster does not serve ${apiVersion} ${kind}`);
  return resource;
};

export const groups = (): { name: string; versions: string[] }[] => {
  const byGroup = new Map<string, string[]>();
  for (const resource of apiResources) {
    if (!resource.group) continue;
    const versions = byGroup.get(resource.group) ?? [];
    if (!versions.includes(resource.version)) versions.push(resource.version);
    byGroup.set(resource.group, versions);
  }
  return [...byGroup].map(([name, versions]) => ({ name, versions }));
};
