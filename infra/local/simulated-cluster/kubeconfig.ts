import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const KUBECONFIG_NAME = 'paas-local';
/** The simulated cluster accepts any token; this one only makes the user entry complete for clients. */
export const KUBECONFIG_TOKEN = 'paas-local-simulated-cluster';

/**
 * A kubeconfig whose current context (`paas-local`) points at the simulated cluster over plain HTTP.
 * `insecure-skip-tls-verify` is there because @kubernetes/client-node refuses an http:// server without
 * it; kubectl, client-node and the platform's REST adapter send the token as a bearer header, and the
 * cluster accepts any token. Written as JSON, which kubectl reads as the YAML it is, and the functions parse
 * without loading a YAML parser (shared/kubernetes/kubeconfig.ts).
 */
export const kubeconfigJson = (serverUrl: string, namespace = 'default'): string =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: KUBECONFIG_NAME, cluster: { server: serverUrl, 'insecure-skip-tls-verify': true } }],
    users: [{ name: KUBECONFIG_NAME, user: { token: KUBECONFIG_TOKEN } }],
    contexts: [{ name: KUBECONFIG_NAME, context: { cluster: KUBECONFIG_NAME, user: KUBECONFIG_NAME, namespace } }],
    'current-context': KUBECONFIG_NAME,
    preferences: {},
  }, null, 2);

export const writeKubeconfig = (path: string, serverUrl: string): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, kubeconfigJson(serverUrl), { mode: 0o600 });
  return path;
};
