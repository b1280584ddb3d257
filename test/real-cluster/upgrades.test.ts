import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instanceNames } from '../../shared/provisioning/templates/instance-names';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * The upgrade workflow on a real control plane, as the platform's least-privileged user: the pre-upgrade
 * backup Job runs as the backups' do (infra/local/backup-jobs), the new image is applied with server-side
 * apply to the real Deployment, and the real controllers roll it out; kwok's stages keep `n8nio/n8n:fail`
 * in ImagePullBackOff and make `n8nio/n8n:crash` start and then crash-loop, so both rollbacks run for real:
 * the one that leaves the data alone and the one that puts the pre-upgrade backup back.
 */
const { platform, api } = useRealClusterPlatform();
let admin: string;
let token: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string } };
const base = () => `/v1/subscriptions/${created.subscription.id}`;
const instance = async () => (await api.call('GET', `${base()}/instance`, { token })).json;
const settled = () => until(instance, (i) => i.status !== 'UPGRADING', 'the upgrade to end', 240_000);
const deploymentImage = async () => {
  const [deployment] = (await adminClients().apps.listNamespacedDeployment({ namespace: created.instance.namespace, labelSelector: `paas.example/instance=${created.instance.id.toLowerCase()}` })).items;
  return deployment?.spec?.template.spec?.containers[0]?.image;
};

beforeAll(async () => {
  await registerKwokNodes(api);
  admin = await api.adminToken();
  token = (await api.register()).accessToken;
  for (const [version, tag] of [['1.65.0', '1.65.0'], ['1.66.0', 'fail'], ['1.67.0', 'crash']]) {
    expect((await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version, image: 'n8nio/n8n', tag } })).status).toBe(201);
  }
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
  // What n8n would have on its volume: the backup Job copies its SQLite database.
  const volume = join(platform().volumesDir, created.instance.namespace, instanceNames('n8n', created.instance.id).data);
  mkdirSync(volume, { recursive: true });
  execFileSync('sqlite3', [join(volume, 'database.sqlite'), "CREATE TABLE workflow (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO workflow (name) VALUES ('welcome');"]);
}, 180_000);

// The files share three fake nodes: this one gives its CPU back.
afterAll(async () => {
  expect((await api.call('POST', `${base()}/cancel`, { token })).status).toBe(202);
  await until(instance, (i) => i.status === 'DELETED', 'the instance deprovisioned', 120_000);
}, 150_000);

describe('upgrades on a real control plane', () => {
  it('an upgrade to a good version rolls the new image out to the Deployment and ends RUNNING on it, with a pre-upgrade backup', async () => {
    expect(await deploymentImage()).toBe('n8nio/n8n:1.64.0');
    const started = await api.call('POST', `${base()}/instance/upgrade`, { token, body: { version: '1.65.0' } });
    expect(started.status, started.text).toBe(202);
    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', appVersion: '1.65.0', image: 'n8nio/n8n:1.65.0' });
    expect(await deploymentImage()).toBe('n8nio/n8n:1.65.0');
    const backup = (await api.call('GET', `${base()}/backups/${started.json.upgradeId}`, { token })).json;
    expect(backup).toMatchObject({ kind: 'pre-upgrade', status: 'COMPLETED' });
  }, 300_000);

  it('an upgrade whose image stays in ImagePullBackOff is rolled back: the old image on the Deployment, RUNNING on the old version', async () => {
    const started = await api.call('POST', `${base()}/instance/upgrade`, { token, body: { version: '1.66.0' } });
    expect(started.status, started.text).toBe(202);
    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', appVersion: '1.65.0', image: 'n8nio/n8n:1.65.0' });
    expect(await deploymentImage()).toBe('n8nio/n8n:1.65.0');
    const steps = done.steps.map((s: { step: string }) => s.step);
    expect(steps).toEqual(expect.arrayContaining(['version 1.66.0 applied', 'upgrade failed, rolling back', 'version 1.65.0 applied again', 'upgrade to 1.66.0 failed']));
    await platform().drainStreams();
  }, 300_000);

  it('an upgrade whose new version starts and then crash-loops puts the pre-upgrade backup back (it may have migrated the data) and the old version', async () => {
    const started = await api.call('POST', `${base()}/instance/upgrade`, { token, body: { version: '1.67.0' } });
    expect(started.status, started.text).toBe(202);
    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', appVersion: '1.65.0', image: 'n8nio/n8n:1.65.0' });
    expect(await deploymentImage()).toBe('n8nio/n8n:1.65.0');
    const steps = done.steps as { step: string; detail?: string }[];
    const rollingBack = steps.findLast((s) => s.step === 'upgrade failed, rolling back');
    expect(rollingBack?.detail).toMatch(/container n8n: keeps crashing after it starts \(CrashLoopBackOff\); the new version started, so the pre-upgrade backup is put back$/);
    expect(steps.map((s) => s.step)).toEqual(expect.arrayContaining(['putting the pre-upgrade backup back', 'app stopped for the restore', 'version 1.65.0 applied again']));
    expect(steps.find((s) => s.step === 'upgrade to 1.67.0 failed')?.detail).toContain('the pre-upgrade backup was put back');
    // The restore Job wrote the pre-upgrade backup's copy of the database back onto the volume.
    const volume = join(platform().volumesDir, created.instance.namespace, instanceNames('n8n', created.instance.id).data);
    expect(execFileSync('sqlite3', [join(volume, 'database.sqlite'), 'SELECT name FROM workflow;'], { encoding: 'utf8' }).trim()).toBe('welcome');
    await platform().drainStreams();
  }, 300_000);
});
