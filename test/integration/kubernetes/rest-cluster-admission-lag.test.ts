import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterConnection } from '../../../shared/kubernetes/cluster-connection';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';

/**
 * An API server whose LimitRanger still sees a namespace's old limits for a moment after they were raised
 * (its admission reads them from an informer cache): the first `refusals` applies of the claim are 403 with
 * the LimitRanger's own words, as the real control plane answered during a plan change.
 */
let refusals = 0;
let claimApplies = 0;
let server: Server;
let connection: ClusterConnection;
const limitRangerRefusal = JSON.stringify({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  code: 403,
  reason: 'Forbidden',
  message: 'persistentvolumeclaims "data" is forbidden: maximum storage usage per PersistentVolumeClaim is 5Gi, but request is 20Gi',
});

beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/api/v1') {
      return void response.end(JSON.stringify({ kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true }] }));
    }
    if (request.method === 'PATCH' && request.url?.startsWith('/api/v1/namespaces/tenant/persistentvolumeclaims/data')) {
      claimApplies++;
      if (refusals > 0) {
        refusals--;
        return void response.writeHead(403).end(limitRangerRefusal);
      }
      return void response.end(JSON.stringify({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'tenant' } }));
    }
    response.writeHead(404).end(JSON.stringify({ kind: 'Status', code: 404, message: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  connection = { server: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tls: { insecureSkipTlsVerify: false }, auth: {}, namespace: 'default' };
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const claim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'tenant' }, spec: { resources: { requests: { storage: '20Gi' } } } };

describe('apply, when the API server admits against limits it has not caught up with', () => {
  it('asks again while the LimitRanger refuses for a moment, and the claim is applied', async () => {
    refusals = 2;
    claimApplies = 0;
    await restCluster(async () => connection).apply([claim]);
    expect(claimApplies).toBe(3);
  });

  it('fails with the LimitRanger’s own words when the refusal holds: the plan’s real limit', async () => {
    refusals = 100;
    claimApplies = 0;
    await expect(restCluster(async () => connection).apply([claim])).rejects.toThrow(/maximum storage usage per PersistentVolumeClaim is 5Gi/);
    expect(claimApplies).toBe(6);
    refusals = 0;
  });
});
