import { describe, expect, it } from 'vitest';
import { useSimulatedCluster } from './use-simulated-cluster';

/** The API server's rules, over plain HTTP: discovery, preconditions, apply conflicts, validation, dry runs. */

const cluster = useSimulatedCluster({ rolloutDelayMs: 50 });

const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
  const response = await fetch(`${cluster().cluster.url}${path}`, {
    method,
    headers: { 'content-type': contentType, authorization: 'Bearer anything' },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};
const applyYaml = (path: string, yaml: string, manager: string, force = false) =>
  call('PATCH', `${path}?fieldManager=${manager}${force ? '&force=true' : ''}`, yaml, 'application/apply-patch+yaml');

describe('simulated cluster API rules', () => {
  it('serves discovery from one table: /api, /apis, group versions with subresources', async () => {
    expect((await call('GET', '/api')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const groups = (await call('GET', '/apis')).body.groups.map((g: { name: string }) => g.name);
    expect(groups).toEqual(expect.arrayContaining(['apps', 'networking.k8s.io']));
    const apps = (await call('GET', '/apis/apps/v1')).body.resources.map((r: { name: string }) => r.name);
    expect(apps).toEqual(expect.arrayContaining(['deployments', 'deployments/status', 'deployments/scale', 'statefulsets', 'statefulsets/scale']));
    const core = (await call('GET', '/api/v1')).body.resources;
    expect(core.find((r: { name: string }) => r.name === 'namespaces')).toMatchObject({ kind: 'Namespace', namespaced: false, shortNames: ['ns'] });
    expect((await call('GET', '/apis/autoscaling/v2')).status).toBe(404);
    expect((await call('GET', '/version')).body.gitVersion).toMatch(/^v1\.32\./);
  });

  it('applies YAML, removes what the manager stops applying, and reports conflicts with other managers', async () => {
    const path = '/api/v1/namespaces/default/configmaps/settings';
    const first = await applyYaml(path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n  b: "2"\n', 'platform');
    expect(first.status).toBe(201);
    const second = await applyYaml(path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n', 'platform');
    expect(second.body.data).toEqual({ a: '1' });

    const other = await applyYaml(path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "other"\n', 'someone-else');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ kind: 'Status', reason: 'Conflict', message: expect.stringContaining('conflict with "platform"') });
    const forced = await applyYaml(path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "other"\n', 'someone-else', true);
    expect(forced.body.data).toEqual({ a: 'other' });
    expect(forced.body.metadata.managedFields.map((entry: { manager: string }) => entry.manager)).toEqual(['someone-else']);

    const unnamed = await call('PATCH', path, '{}', 'application/apply-patch+yaml');
    expect(unnamed.status).toBe(400);
  });

  it('refuses a stale resourceVersion on update, and leaves the object as is on a dry run', async () => {
    const created = await call('POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'guarded' }, data: { v: '1' } });
    expect(created.status).toBe(201);
    const updated = await call('PUT', '/api/v1/namespaces/default/configmaps/guarded', { ...created.body, data: { v: '2' } });
    expect(updated.status).toBe(200);
    const stale = await call('PUT', '/api/v1/namespaces/default/configmaps/guarded', { ...created.body, data: { v: '3' } });
    expect(stale).toMatchObject({ status: 409, body: { reason: 'Conflict' } });
    const dry = await call('PATCH', '/api/v1/namespaces/default/configmaps/guarded?dryRun=All', { data: { v: '4' } }, 'application/merge-patch+json');
    expect(dry.body.data).toEqual({ v: '4' });
    expect((await call('GET', '/api/v1/namespaces/default/configmaps/guarded')).body.data).toEqual({ v: '2' });
  });

  it('validates names, labels, selectors and immutable fields, as a real API server does', async () => {
    const badName = await call('POST', '/api/v1/namespaces', { metadata: { name: 'Not_Valid' } });
    expect(badName).toMatchObject({ status: 422, body: { reason: 'Invalid' } });
    const noNamespace = await call('POST', '/api/v1/namespaces/missing/secrets', { metadata: { name: 's' } });
    expect(noNamespace).toMatchObject({ status: 404, body: { message: 'namespaces "missing" not found' } });
    const deployment = (selector: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'app' },
      spec: { selector: { matchLabels: { app: selector } }, template: { metadata: { labels: { app: 'app' } }, spec: { containers: [{ name: 'c', image: 'nginx:1' }] } } },
    });
    expect((await call('POST', '/apis/apps/v1/namespaces/default/deployments', deployment('other'))).status).toBe(422);
    expect((await call('POST', '/apis/apps/v1/namespaces/default/deployments', deployment('app'))).status).toBe(201);
    const reselect = await call('PATCH', '/apis/apps/v1/namespaces/default/deployments/app', { spec: { selector: { matchLabels: { app: 'app', x: 'y' } } } }, 'application/merge-patch+json');
    expect(reselect).toMatchObject({ status: 422, body: { message: expect.stringContaining('field is immutable') } });
  });

  it('answers kubectl-style Table requests with the kind’s columns', async () => {
    const response = await fetch(`${cluster().cluster.url}/api/v1/namespaces`, { headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' } });
    const table = (await response.json()) as { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[] }[] };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Status', 'Age']);
    expect(table.rows.map((row) => row.cells[0])).toContain('kube-system');
  });

  it('answers an unknown path with a 404 Status', async () => {
    const missing = await call('GET', '/apis/apps/v1/namespaces/default/widgets');
    expect(missing).toMatchObject({ status: 404, body: { kind: 'Status', reason: 'NotFound', code: 404 } });
  });
});
