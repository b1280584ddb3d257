import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { kubeconfigFileSource } from '../../../shared/kubernetes/kubeconfig-file-source';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';

/**
 * The TLS side of the REST adapter against a real HTTPS server that, like an API server set up for client
 * certificates, trusts only clients whose certificate its CA signed: the kubeconfig's CA, client
 * certificate and key (files beside it), `insecure-skip-tls-verify`, and the keep-alive connection.
 */
const dir = mkdtempSync(join(tmpdir(), 'rest-cluster-tls-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
const signed = (name: string, subject: string, extension?: string) => {
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', subject, '-keyout', `${name}.key`, '-out', `${name}.csr`);
  if (extension) writeFileSync(join(dir, `${name}.ext`), extension);
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-out', `${name}.crt`, ...(extension ? ['-extfile', `${name}.ext`] : []));
};
openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=test-ca', '-keyout', 'ca.key', '-out', 'ca.crt');
signed('server', '/CN=kube-apiserver', 'subjectAltName=IP:127.0.0.1\n');
signed('client', '/CN=paas-platform/O=platform');
const file = (name: string) => readFileSync(join(dir, name));

const seen: { path: string; client?: string; authorization?: string }[] = [];
let connections = 0;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer({ key: file('server.key'), cert: file('server.crt'), ca: file('ca.crt'), requestCert: true, rejectUnauthorized: false }, (request, response) => {
    const socket = request.socket as TLSSocket;
    const client = socket.authorized ? (socket.getPeerCertificate().subject?.CN as string | undefined) : undefined;
    seen.push({ path: request.url ?? '', client, authorization: request.headers.authorization });
    response.setHeader('content-type', 'application/json');
    if (!client && !request.headers.authorization) return void response.writeHead(401).end(JSON.stringify({ kind: 'Status', code: 401, message: 'Unauthorized' }));
    if (request.url === '/api/v1') return void response.end(JSON.stringify({ kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'namespaces', kind: 'Namespace', namespaced: false }] }));
    if (request.url === '/api/v1/namespaces/tls') return void response.end(JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tls' } }));
    response.writeHead(404).end(JSON.stringify({ kind: 'Status', code: 404, message: 'not found' }));
  });
  server.on('secureConnection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const kubeconfig = (name: string, cluster: Record<string, unknown>, user: Record<string, unknown>) => {
  const path = join(dir, name);
  writeFileSync(path, stringify({ clusters: [{ name: 'c', cluster: { server: url, ...cluster } }], users: [{ name: 'u', user }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }], 'current-context': 'x' }));
  return restCluster(kubeconfigFileSource(path));
};
const namespaces = { apiVersion: 'v1', kind: 'Namespace' };

describe('the REST adapter over TLS', () => {
  it('trusts the kubeconfig CA and authenticates with its client certificate, over one kept-alive connection', async () => {
    const cluster = kubeconfig('client-cert', { 'certificate-authority': 'ca.crt' }, { 'client-certificate': 'client.crt', 'client-key': 'client.key' });
    seen.length = 0;
    const before = connections;
    expect(await cluster.read(namespaces, 'tls')).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tls' } });
    expect(await cluster.read(namespaces, 'gone')).toBeUndefined();
    expect(seen).toEqual([
      { path: '/api/v1', client: 'paas-platform', authorization: undefined },
      { path: '/api/v1/namespaces/tls', client: 'paas-platform', authorization: undefined },
      { path: '/api/v1/namespaces/gone', client: 'paas-platform', authorization: undefined },
    ]);
    expect(connections - before).toBe(1);
  });

  it('takes the certificates embedded as data, and sends a bearer token when the user has one', async () => {
    const data = (name: string) => file(name).toString('base64');
    const cluster = kubeconfig('data', { 'certificate-authority-data': data('ca.crt') }, { token: 'the-token' });
    seen.length = 0;
    expect(await cluster.read(namespaces, 'tls')).toMatchObject({ metadata: { name: 'tls' } });
    expect(seen.at(-1)).toEqual({ path: '/api/v1/namespaces/tls', client: undefined, authorization: 'Bearer the-token' });
  });

  it('refuses a server its CA did not sign (a TransientError naming the certificate), unless the kubeconfig says to skip the check', async () => {
    const untrusted = kubeconfig('untrusted', {}, { token: 't' });
    await expect(untrusted.read(namespaces, 'tls')).rejects.toMatchObject({ name: 'TransientError', message: expect.stringMatching(/certificate/) });
    const skipping = kubeconfig('skipping', { 'insecure-skip-tls-verify': true }, { token: 't' });
    expect(await skipping.read(namespaces, 'tls')).toMatchObject({ metadata: { name: 'tls' } });
  });

  it('gives up on a server that does not answer within the request timeout, as a TransientError', async () => {
    // Accepts TCP and never speaks TLS: the request times out instead of hanging the step.
    const { createServer: createTcpServer } = await import('node:net');
    const silent = createTcpServer((socket: Socket) => socket.on('error', () => {}));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const path = join(dir, 'silent');
    writeFileSync(path, stringify({ clusters: [{ name: 'c', cluster: { server: `https://127.0.0.1:${(silent.address() as AddressInfo).port}` } }], users: [{ name: 'u', user: { token: 't' } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }], 'current-context': 'x' }));
    try {
      await expect(restCluster(kubeconfigFileSource(path), { requestTimeoutMs: 300 }).read(namespaces, 'tls')).rejects.toMatchObject({ name: 'TransientError', message: expect.stringContaining('did not answer') });
    } finally {
      silent.close();
    }
  });
});
