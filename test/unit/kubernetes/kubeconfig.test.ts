import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { kubeconfigJson } from '../../../infra/local/simulated-cluster/kubeconfig';
import { writeKubeconfig as writeRealClusterKubeconfig } from '../../../infra/real-cluster/lib/kubeconfig';
import { connectionFromKubeconfig, inClusterConnection, readKubeconfigFiles } from '../../../shared/kubernetes/kubeconfig';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
  folders.push(made);
  return made;
};
const savedKubeconfig = process.env.KUBECONFIG;
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
  if (savedKubeconfig === undefined) delete process.env.KUBECONFIG;
  else process.env.KUBECONFIG = savedKubeconfig;
});

const config = (user: Record<string, unknown>, cluster: Record<string, unknown> = { server: 'https://10.0.0.1:6443/' }, namespace?: string) =>
  stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster }],
    users: [{ name: 'u', user }],
    contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u', ...(namespace && { namespace }) } }],
    'current-context': 'ctx',
  });

describe('kubeconfig files the platform meets', () => {
  it("reads the local runtime's simulated-cluster kubeconfig (JSON): plain HTTP, a bearer token, TLS checks off as it says", async () => {
    const connection = await connectionFromKubeconfig([{ text: kubeconfigJson('http://127.0.0.1:41234'), folder: '/' }]);
    expect(connection).toEqual({
      server: 'http://127.0.0.1:41234',
      tls: { insecureSkipTlsVerify: true },
      auth: { token: 'paas-local-simulated-cluster' },
      namespace: 'default',
    });
  });

  it("reads the real control plane's kubeconfig: its CA embedded as certificate-authority-data (YAML)", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ca.crt'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const path = writeRealClusterKubeconfig(join(dir, 'kubeconfig'), 'https://127.0.0.1:6443', join(dir, 'ca.crt'), 'paas-platform', 'secret-token');
    const connection = await connectionFromKubeconfig(readKubeconfigFiles([path]));
    expect(connection.server).toBe('https://127.0.0.1:6443');
    expect(connection.tls.ca?.toString()).toContain('BEGIN CERTIFICATE');
    expect(connection.tls.insecureSkipTlsVerify).toBe(false);
    expect(connection.auth).toEqual({ token: 'secret-token' });
  });

  it('reads a client certificate, key, CA and token file from paths relative to the kubeconfig, as kubectl does', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'pki'));
    for (const [file, text] of [['pki/ca.crt', 'CA'], ['pki/client.crt', 'CERT'], ['pki/client.key', 'KEY'], ['token', 'from-file']]) writeFileSync(join(dir, file!), text!);
    writeFileSync(join(dir, 'config'), config({ 'client-certificate': 'pki/client.crt', 'client-key': join(dir, 'pki/client.key'), tokenFile: 'token' }, { server: 'https://k8s.example.com', 'certificate-authority': 'pki/ca.crt', 'tls-server-name': 'kubernetes' }, 'team'));
    const connection = await connectionFromKubeconfig(readKubeconfigFiles([join(dir, 'config')]));
    expect(connection.tls).toMatchObject({ insecureSkipTlsVerify: false, serverName: 'kubernetes' });
    expect([connection.tls.ca, connection.tls.cert, connection.tls.key].map(String)).toEqual(['CA', 'CERT', 'KEY']);
    expect(connection.auth.tokenFile).toBe(join(dir, 'token'));
    expect(connection.namespace).toBe('team');
  });

  it('reads a YAML flow mapping, which starts with "{" as JSON does but is not JSON', async () => {
    const text = '{apiVersion: v1, kind: Config, current-context: ctx, contexts: [{name: ctx, context: {cluster: c, user: u}}], clusters: [{name: c, cluster: {server: "https://flow.example.com"}}], users: [{name: u, user: {token: flow}}]}';
    const connection = await connectionFromKubeconfig([{ text, folder: '/' }]);
    expect([connection.server, connection.auth.token]).toEqual(['https://flow.example.com', 'flow']);
  });

  it('prefers the embedded -data form of a certificate over its file, as kubectl does', async () => {
    const text = config({ 'client-certificate-data': Buffer.from('DATA-CERT').toString('base64'), 'client-certificate': '/nowhere/client.crt', 'client-key-data': Buffer.from('DATA-KEY').toString('base64') });
    const connection = await connectionFromKubeconfig([{ text, folder: '/' }]);
    expect([String(connection.tls.cert), String(connection.tls.key)]).toEqual(['DATA-CERT', 'DATA-KEY']);
  });

  it('refuses exec plugins and auth providers with a message that says what to use instead', async () => {
    const exec = config({ exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks', 'get-token'] } });
    await expect(connectionFromKubeconfig([{ text: exec, folder: '/' }])).rejects.toThrow('the kubeconfig\'s user "u" authenticates through an exec plugin or auth provider, which the platform does not run; give it a token, a token file or a client certificate');
    const provider = config({ 'auth-provider': { name: 'oidc', config: {} } });
    await expect(connectionFromKubeconfig([{ text: provider, folder: '/' }])).rejects.toThrow(/exec plugin or auth provider/);
  });

  it('names what the current context points at when it is missing', async () => {
    await expect(connectionFromKubeconfig([{ text: stringify({ clusters: [], users: [], contexts: [] }), folder: '/' }])).rejects.toThrow('the kubeconfig sets no current-context');
    const dangling = stringify({ 'current-context': 'ctx', contexts: [{ name: 'ctx', context: { cluster: 'gone', user: 'u' } }], users: [{ name: 'u', user: {} }] });
    await expect(connectionFromKubeconfig([{ text: dangling, folder: '/' }])).rejects.toThrow('the kubeconfig has no cluster named "gone"');
  });

  it('merges the files of KUBECONFIG, the first current-context winning, and skips the ones that do not exist', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'contexts'), stringify({ 'current-context': 'ctx', contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'u' } }] }));
    writeFileSync(join(dir, 'rest'), config({ token: 'merged' }, { server: 'https://merged.example.com' }).replace('current-context: ctx', 'current-context: other'));
    process.env.KUBECONFIG = [join(dir, 'missing'), join(dir, 'contexts'), join(dir, 'rest')].join(delimiter);
    const connection = await kubeconfigFileSource()();
    expect(connection).toMatchObject({ server: 'https://merged.example.com', auth: { token: 'merged' } });
  });

  it('says which file is missing when one is named explicitly', async () => {
    await expect(kubeconfigFileSource('/nowhere/kubeconfig')()).rejects.toThrow(/ENOENT.*\/nowhere\/kubeconfig/);
  });
});

describe('the in-cluster service account', () => {
  it("reaches the API server Kubernetes names in the pod's environment, with the mounted CA, token file and namespace", () => {
    const dir = folder();
    writeFileSync(join(dir, 'ca.crt'), 'CLUSTER-CA');
    writeFileSync(join(dir, 'namespace'), 'paas-system\n');
    const connection = inClusterConnection({ KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' }, dir);
    expect(connection).toEqual({ server: 'https://10.96.0.1:443', tls: { ca: Buffer.from('CLUSTER-CA'), insecureSkipTlsVerify: false }, auth: { tokenFile: join(dir, 'token') }, namespace: 'paas-system' });
    expect(inClusterConnection({ KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' }, dir)?.server).toBe('https://[fd00::1]:443');
  });

  it('is not there outside a pod', () => {
    expect(inClusterConnection({}, folder())).toBeUndefined();
  });
});
