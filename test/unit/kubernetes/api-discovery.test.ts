import { describe, expect, it } from 'vitest';
import { apiDiscovery, groupVersionPath } from '../../../shared/kubernetes/api-discovery';

const deployments = { name: 'deployments', kind: 'Deployment', namespaced: true };
const scale = { name: 'deployments/scale', kind: 'Scale', namespaced: true };

describe('API discovery of a kind’s resource', () => {
  it('puts the core group under /api and the others under /apis', () => {
    expect(groupVersionPath('v1')).toBe('/api/v1');
    expect(groupVersionPath('networking.k8s.io/v1')).toBe('/apis/networking.k8s.io/v1');
  });

  it('takes the plural name and scope from the document, skipping subresources of the same kind', async () => {
    const fetched: string[] = [];
    const resourceOf = apiDiscovery(async (path) => {
      fetched.push(path);
      return { resources: [{ name: 'deployments/status', kind: 'Deployment', namespaced: true }, deployments, scale] };
    });
    expect(await resourceOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toEqual({ plural: 'deployments', namespaced: true });
    expect(await resourceOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toEqual({ plural: 'deployments', namespaced: true });
    expect(fetched).toEqual(['/apis/apps/v1']);
  });

  it('looks a kind missing from the cached document up once more (a CRD installed since), then names what is not served', async () => {
    const documents = [{ resources: [deployments] }, { resources: [deployments, { name: 'gadgets', kind: 'Gadget', namespaced: false }] }, { resources: [deployments] }];
    const resourceOf = apiDiscovery(async () => documents.shift()!);
    await resourceOf({ apiVersion: 'example.com/v1', kind: 'Deployment' });
    expect(await resourceOf({ apiVersion: 'example.com/v1', kind: 'Gadget' })).toEqual({ plural: 'gadgets', namespaced: false });
    await expect(resourceOf({ apiVersion: 'example.com/v1', kind: 'Widget' })).rejects.toThrow('the cluster serves no kind Widget in example.com/v1');
  });

  it('does not keep a failed fetch: the next lookup asks again', async () => {
    let calls = 0;
    const resourceOf = apiDiscovery(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection refused');
      return { resources: [deployments] };
    });
    await expect(resourceOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).rejects.toThrow('connection refused');
    expect(await resourceOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toEqual({ plural: 'deployments', namespaced: true });
  });
});
