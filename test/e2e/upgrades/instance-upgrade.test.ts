import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * A customer upgrades an instance over HTTP on the local runtime: the upgrade workflow runs from its
 * synthesized definition, its pre-upgrade backup Job runs as the backups' do, and the simulated cluster
 * judges the rollout (an image tagged `fail` is never pulled).
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100 } });
const api = apiClient(platform);
let admin: string;
let token: string;
let other: string;
let subscriptionId: string;

const instance = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;
const upgrade = (version: string, options: { token?: string; key?: string } = {}) =>
  api.call('POST', `/v1/subscriptions/${subscriptionId}/instance/upgrade`, {
    token: options.token ?? token,
    body: { version },
    ...(options.key && { headers: { 'Idempotency-Key': options.key } }),
  });
const addVersion = async (version: string, tag = version) =>
  expect((await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version, image: 'n8nio/n8n', tag } })).status).toBe(201);
const settled = () => until(instance, (i) => i.status !== 'UPGRADING', 'the upgrade to end', 120_000);

beforeAll(async () => {
  await registerWorker(api);
  admin = await api.adminToken();
  token = (await api.register()).accessToken;
  other = (await api.register()).accessToken;
  subscriptionId = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
  await addVersion('1.63.0');
  await addVersion('1.65.0');
  await addVersion('1.66.0', 'fail');
}, 120_000);

describe('upgrading an instance', () => {
  it('refuses an unknown version with 404 naming body.version, and another customer’s instance with 404', async () => {
    const unknown = await upgrade('9.9.9');
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors[0].field).toBe('body.version');
    expect((await upgrade('1.65.0', { token: other })).status).toBe(404);
  });

  it('refuses a downgrade and the same version with 409 and the reason', async () => {
    const down = await upgrade('1.63.0');
    expect(down.status).toBe(409);
    expect(down.json.detail).toMatch(/migrate their data forward/);
    expect((await upgrade('1.64.0')).status).toBe(409);
    expect((await instance()).status).toBe('RUNNING');
  });

  it('upgrades to a newer version: UPGRADING, a pre-upgrade backup, then RUNNING on the new version and image; a retried key answers the first upgrade; a second upgrade meanwhile is a 409', async () => {
    const first = await upgrade('1.65.0', { key: 'upgrade-1' });
    expect(first.status, first.text).toBe(202);
    expect(first.json).toMatchObject({ version: '1.65.0', fromVersion: '1.64.0', status: 'UPGRADING' });
    const again = await upgrade('1.65.0', { key: 'upgrade-1' });
    expect(again.status).toBe(202);
    expect(again.json.upgradeId).toBe(first.json.upgradeId);
    const busy = await upgrade('1.65.0');
    expect(busy.status).toBe(409);
    expect(busy.json.detail).toMatch(/upgrade/);

    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', appVersion: '1.65.0', image: 'n8nio/n8n:1.65.0' });
    expect(done.availableUpgrades).toEqual(['1.66.0']);
    expect(done.steps).toContainEqual(expect.objectContaining({ step: 'pre-upgrade backup completed', detail: first.json.upgradeId }));
    const backups = (await api.call('GET', `/v1/subscriptions/${subscriptionId}/backups`, { token })).json.items;
    expect(backups).toContainEqual(expect.objectContaining({ id: first.json.upgradeId, kind: 'pre-upgrade', status: 'COMPLETED' }));
    const versions = (await api.call('GET', '/v1/admin/services/n8n/versions', { token: admin })).json.items as { version: string; instances: number }[];
    expect(versions.find((v) => v.version === '1.65.0')?.instances).toBe(1);
    expect(versions.find((v) => v.version === '1.64.0')?.instances).toBe(0);
  }, 150_000);

  it('an upgrade whose image cannot be pulled is rolled back: RUNNING on the previous version and image, the steps saying why, the data left alone', async () => {
    const started = await upgrade('1.66.0');
    expect(started.status, started.text).toBe(202);
    const done = await settled();
    expect(done, JSON.stringify(done.steps)).toMatchObject({ status: 'RUNNING', appVersion: '1.65.0', image: 'n8nio/n8n:1.65.0' });
    const steps = done.steps.map((s: { step: string; detail?: string }) => `${s.step}: ${s.detail ?? ''}`).join('\n');
    expect(steps).toMatch(/upgrade to 1\.66\.0 failed/);
    expect(steps).toMatch(/never started, the data is untouched/);
  }, 150_000);
});
