import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

/** A kubeconfig with the CA embedded, so the file alone is enough for kubectl and client libraries. */
export const writeKubeconfig = (path: string, server: string, caCertPath: string, user: string, token: string): string => {
  const name = 'paas-real-cluster';
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server, 'certificate-authority-data': readFileSync(caCertPath).toString('base64') } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name, context: { cluster: name, user } }],
    'current-context': name,
  };
  writeFileSync(path, stringify(config), { mode: 0o600 });
  return path;
};
