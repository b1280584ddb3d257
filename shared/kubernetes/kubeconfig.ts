import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { ClusterConnection } from './cluster-connection';

/** The parts of a kubeconfig file (https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/) the platform reads. */
interface KubeconfigFile {
  'current-context'?: string;
  clusters?: { name: string; cluster?: Record<string, unknown> }[];
  users?: { name: string; user?: Record<string, unknown> }[];
  contexts?: { name: string; context?: { cluster?: string; user?: string; namespace?: string } }[];
}

/** One kubeconfig file's text, with the folder its relative paths are relative to (kubectl's rule). */
export interface KubeconfigText {
  text: string;
  folder: string;
}

const stringField = (entry: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = entry?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** A `*-data` field (base64) or its file twin, whichever the entry has; the data wins, as in kubectl. */
const material = (entry: Record<string, unknown> | undefined, key: string, folder: string): Buffer | undefined => {
  const data = stringField(entry, `${key}-data`);
  if (data) return Buffer.from(data, 'base64');
  const file = stringField(entry, key);
  return file ? readFileSync(isAbsolute(file) ? file : resolve(folder, file)) : undefined;
};

const named = <T extends { name: string }>(list: T[] | undefined, name: string | undefined, what: string): T => {
  const found = list?.find((item) => item.name === name);
  if (!found) throw new Error(`the kubeconfig has no ${what} named "${name ?? ''}"`);
  return found;
};

/**
 * A kubeconfig file's text as an object. kubectl reads YAML, and JSON is YAML: a JSON file (the local
 * runtime's simulated cluster writes one) is parsed as JSON; anything else by the `yaml` package, imported
 * on first need, so that a function reaching its cluster through a JSON kubeconfig or EKS (eks-source.ts)
 * never reads its 112 KiB (issue 21).
 */
const parseKubeconfig = async (text: string): Promise<KubeconfigFile> => {
  if (text.trimStart().startsWith('{')) {
    try {
      return (JSON.parse(text) ?? {}) as KubeconfigFile;
    } catch {
      // A YAML flow mapping starts with "{" too: the YAML parser reads it.
    }
  }
  return ((await import('yaml')).parse(text) ?? {}) as KubeconfigFile;
};

/**
 * The current context's cluster and user of one or more kubeconfig files merged as kubectl merges
 * KUBECONFIG: the first file to set `current-context` or to name an entry wins. Exec plugins and auth
 * providers are refused: the deployed functions use EKS tokens (eks-source.ts), and running a
 * plugin's command is not something a function should do.
 */
export const connectionFromKubeconfig = async (files: readonly KubeconfigText[]): Promise<ClusterConnection> => {
  const parsed = await Promise.all(files.map(async ({ text, folder }) => ({ config: await parseKubeconfig(text), folder })));
  const currentContext = parsed.map(({ config }) => config['current-context']).find(Boolean);
  if (!currentContext) throw new Error('the kubeconfig sets no current-context');
  const all = <K extends 'clusters' | 'users' | 'contexts'>(key: K) =>
    parsed.flatMap(({ config, folder }) => (config[key] ?? []).map((entry) => ({ ...entry, folder }))) as (NonNullable<KubeconfigFile[K]>[number] & { folder: string })[];

  const { context = {} } = named(all('contexts'), currentContext, 'context');
  const cluster = named(all('clusters'), context.cluster, 'cluster');
  const user = named(all('users'), context.user, 'user');
  const server = stringField(cluster.cluster, 'server');
  if (!server) throw new Error(`the kubeconfig's cluster "${cluster.name}" has no server`);
  if (user.user?.exec || user.user?.['auth-provider']) {
    throw new Error(`the kubeconfig's user "${user.name}" authenticates through an exec plugin or auth provider, which the platform does not run; give it a token, a token file or a client certificate`);
  }
  return {
    server: server.replace(/\/+$/, ''),
    tls: {
      ca: material(cluster.cluster, 'certificate-authority', cluster.folder),
      cert: material(user.user, 'client-certificate', user.folder),
      key: material(user.user, 'client-key', user.folder),
      insecureSkipTlsVerify: cluster.cluster?.['insecure-skip-tls-verify'] === true,
      serverName: stringField(cluster.cluster, 'tls-server-name'),
    },
    auth: {
      token: stringField(user.user, 'token'),
      tokenFile: ((file) => (file && !isAbsolute(file) ? resolve(user.folder, file) : file))(stringField(user.user, 'tokenFile')),
      username: stringField(user.user, 'username'),
      password: stringField(user.user, 'password'),
    },
    namespace: context.namespace || 'default',
  };
};

export const readKubeconfigFiles = (paths: readonly string[]): KubeconfigText[] =>
  paths.map((path) => ({ text: readFileSync(path, 'utf8'), folder: dirname(resolve(path)) }));

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * A pod's own service account, as client-go's in-cluster config: the API server's address from the
 * environment Kubernetes sets, its CA and a token (rotated by the kubelet, so read again from the file).
 */
export const inClusterConnection = (env: NodeJS.ProcessEnv = process.env, folder = SERVICE_ACCOUNT): ClusterConnection | undefined => {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) return undefined;
  const namespace = ((file) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return '';
    }
  })(`${folder}/namespace`);
  return {
    server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    tls: { ca: readFileSync(`${folder}/ca.crt`), insecureSkipTlsVerify: false },
    auth: { tokenFile: `${folder}/token` },
    namespace: namespace || 'default',
  };
};
