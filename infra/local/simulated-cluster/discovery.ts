import { apiResources, groupVersion, groups, resourcesOf, type ApiResource } from './api-resources';

/** The legacy discovery documents, built from the resource table (kubectl falls back to them from aggregated discovery). */

const STORED_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update'];
const READ_VERBS = ['get', 'list'];

export const SIMULATED_KUBERNETES_VERSION = { major: '1', minor: '32', gitVersion: 'v1.32.0-paas-local' };

export const versionInfo = () => ({
  ...SIMULATED_KUBERNETES_VERSION,
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: 'go1.23',
  compiler: 'gc',
  platform: 'linux/amd64',
});

export const coreApiVersions = (serverAddress: string) => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
});

const apiGroup = (group: { name: string; versions: string[] }) => {
  const versions = group.versions.map((version) => ({ groupVersion: `${group.name}/${version}`, version }));
  return { name: group.name, versions, preferredVersion: versions[0] };
};

export const apiGroupList = () => ({ kind: 'APIGroupList', apiVersion: 'v1', groups: groups().map(apiGroup) });

export const apiGroupDocument = (name: string) => {
  const group = groups().find((candidate) => candidate.name === name);
  return group && { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group) };
};

const resourceEntries = (resource: ApiResource) => {
  const main = {
    name: resource.plural,
    singularName: resource.singular,
    namespaced: resource.namespaced,
    kind: resource.kind,
    verbs: resource.synthesised ? READ_VERBS : STORED_VERBS,
    ...(resource.shortNames && { shortNames: resource.shortNames }),
    ...(resource.categories && { categories: resource.categories }),
  };
  const subresources = (resource.subresources ?? []).map((sub) =>
    sub === 'scale'
      ? { name: `${resource.plural}/scale`, singularName: '', namespaced: resource.namespaced, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] }
      : { name: `${resource.plural}/status`, singularName: '', namespaced: resource.namespaced, kind: resource.kind, verbs: ['get', 'patch', 'update'] },
  );
  return [main, ...subresources];
};

export const apiResourceList = (apiVersion: string) => {
  const resources = resourcesOf(apiVersion);
  return resources.length === 0
    ? undefined
    : { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersion, resources: resources.flatMap(resourceEntries) };
};

export const servedGroupVersions = (): string[] => [...new Set(apiResources.map(groupVersion))];
