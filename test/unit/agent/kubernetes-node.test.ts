import { mkdtempSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKubernetesNodeReader } from '../../../agent/src/kubernetes-node';
import { nodeFixture } from './fixtures';

/**
 * The real @kubernetes/client-node path against a stand-in for the two Kubernetes API calls the agent makes:
 * GET /api/v1/nodes/{name} and GET /api/v1/pods?fieldSelector=spec.nodeName=… (paged by `continue`).
 */

const requests: URL[] = [];
let authorization: string | undefined;
let kubeconfigPath: string;
let server: ReturnType<typeof createServer>;

const pod = (name: string, phase: string) => ({ metadata: { name, namespace: 'default' }, spec: { nodeName: nodeFixture().metadata!.name }, status: { phase } });

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://kube');
    requests.push(url);
    authorization = req.headers.authorization;
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === `/api/v1/nodes/${nodeFixture().metadata!.name}`) return json(200, nodeFixture());
    if (url.pathname.startsWith('/api/v1/nodes/')) return json(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 });
    if (url.pathname === '/api/v1/pods') {
      // Two pages, the way a server that honours `limit` would answer; the Succeeded pod is one the field
      // selector should have filtered out, and is not counted anyway.
      if (!url.searchParams.get('continue')) {
        return json(200, { kind: 'PodList', apiVersion: 'v1', metadata: { continue: 'page-2' }, items: [pod('a', 'Running'), pod('b', 'Pending')] });
      }
      return json(200, { kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [pod('c', 'Running'), pod('d', 'Succeeded')] });
    }
    return json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  kubeconfigPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'agent-kube-')), 'kubeconfig');
  writeFileSync(
    kubeconfigPath,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'test', cluster: { server: `http://127.0.0.1:${port}`, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'agent', user: { token: 'service-account-token' } }],
      contexts: [{ name: 'test', context: { cluster: 'test', user: 'agent' } }],
      'current-context': 'test',
    }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('reading the node from the Kubernetes API', () => {
  it('reads the node and counts its active pods across pages', async () => {
    const reader = createKubernetesNodeReader({ kubeconfigPath });
    const info = await reader.read(nodeFixture().metadata!.name!);
    expect(info).toMatchObject({ kubeletVersion: 'v1.31.0-eks-a737599', podCount: 3, conditions: { Ready: 'True' } });
    expect(authorization).toBe('Bearer service-account-token');

    const lists = requests.filter((u) => u.pathname === '/api/v1/pods');
    expect(lists).toHaveLength(2);
    expect(lists[0]!.searchParams.get('fieldSelector')).toBe(`spec.nodeName=${nodeFixture().metadata!.name},status.phase!=Succeeded,status.phase!=Failed`);
    // The first page comes from the API server's cache; a continued page may not name a resourceVersion.
    expect(lists[0]!.searchParams.get('resourceVersion')).toBe('0');
    expect(lists[1]!.searchParams.get('continue')).toBe('page-2');
    expect(lists[1]!.searchParams.has('resourceVersion')).toBe(false);
  });

  it('fails (and the heartbeat goes without Kubernetes figures) for an unknown node', async () => {
    await expect(createKubernetesNodeReader({ kubeconfigPath }).read('no-such-node')).rejects.toThrow();
  });
});
