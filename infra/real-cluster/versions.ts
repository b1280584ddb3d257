import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one place the real cluster's versions are pinned. Each must match the `require` line of the Go
 * module under ./go/<component>/ (and the staging `replace` lines for Kubernetes); the cache key is made
 * from them, so bumping a version here makes `npm run cluster:build` build into a fresh directory.
 */
export const versions = {
  kubernetes: 'v1.36.3',
  etcd: 'v3.6.17',
  kwok: 'v0.8.0',
} as const;

/** The binaries each Go module under ./go/ builds; the key is also the module's directory name. */
export const components = {
  kubernetes: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubectl'],
  etcd: ['etcd'],
  kwok: ['kwok'],
} as const;

/**
 * cert-manager, whose CRDs (Certificate, Issuer…) the custom-domains tests install on the control plane:
 * fetched as the Go module github.com/cert-manager/cert-manager at this version (its Helm chart's CRD
 * templates, the definitions cert-manager publishes) by cert-manager-crds.ts, cached beside the binaries.
 */
export const certManagerVersion = 'v1.21.2';

export type Component = keyof typeof components;
export type BinaryName = (typeof components)[Component][number];

export const cacheKey = `k8s-${versions.kubernetes}_etcd-${versions.etcd}_kwok-${versions.kwok}`;

/** Outside the repository: the binaries are 60–130 MB each and are rebuilt from ./go/ when missing. */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.PAAS_CACHE_DIR ?? join(homedir(), '.cache', 'paas-platform'), 'real-cluster', cacheKey);

export const binDir = (env: NodeJS.ProcessEnv = process.env): string => join(cacheDir(env), 'bin');

/** Absolute path of every binary the real cluster needs, by name. */
export const binaryPaths = (env: NodeJS.ProcessEnv = process.env): Record<BinaryName, string> => {
  const dir = binDir(env);
  const names = Object.values(components).flat() as BinaryName[];
  return Object.fromEntries(names.map((name) => [name, join(dir, name)])) as Record<BinaryName, string>;
};
