import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/** The catalog's versions as administrators run them and customers see them, over HTTP on the local runtime. */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 50 } });
const api = apiClient(platform);
let admin: string;
let token: string;
let subscriptionId: string;

const versions = async () => (await api.call('GET', '/v1/admin/services/n8n/versions', { token: admin })).json.items as { version: string; instances: number; status: string; default: boolean }[];
const instance = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json;

beforeAll(async () => {
  await registerWorker(api);
  admin = await api.adminToken();
  token = (await api.register()).accessToken;
  subscriptionId = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json.subscription.id;
  expect((await settledInstance(api, token, subscriptionId)).status).toBe('RUNNING');
}, 120_000);

describe('service versions', () => {
  it('a seeded service lists its version as the default on the official image, and a new instance runs it', async () => {
    const service = (await api.call('GET', '/v1/services/n8n')).json;
    expect(service.versions).toEqual([expect.objectContaining({ version: '1.64.0', image: 'n8nio/n8n', tag: '1.64.0', status: 'supported', default: true })]);
    expect(await instance()).toMatchObject({ appVersion: '1.64.0', image: 'n8nio/n8n:1.64.0', availableUpgrades: [] });
  });

  it('administrators see how many live instances run each version', async () => {
    expect(await versions()).toEqual([expect.objectContaining({ version: '1.64.0', instances: 1 })]);
  });

  it('an added version is offered to the instance as an upgrade; adding it again is a 409', async () => {
    const added = await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version: '1.65.0', image: 'n8nio/n8n', tag: '1.65.0' } });
    expect(added.status, added.text).toBe(201);
    expect(added.json).toMatchObject({ version: '1.65.0', status: 'supported', default: false });
    const again = await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version: '1.65.0', image: 'n8nio/n8n', tag: '1.65.0' } });
    expect(again.status).toBe(409);
    expect((await instance()).availableUpgrades).toEqual(['1.65.0']);
    expect((await versions()).map((v) => [v.version, v.instances])).toEqual([['1.65.0', 0], ['1.64.0', 1]]);
  });

  it('an end-of-life version is no longer offered; the default cannot be ended', async () => {
    const ended = await api.call('PATCH', '/v1/admin/services/n8n/versions/1.65.0', { token: admin, body: { status: 'end-of-life' } });
    expect(ended.status, ended.text).toBe(200);
    expect((await instance()).availableUpgrades).toEqual([]);
    expect((await api.call('PATCH', '/v1/admin/services/n8n/versions/1.64.0', { token: admin, body: { status: 'end-of-life' } })).status).toBe(409);
    expect((await api.call('PATCH', '/v1/admin/services/n8n/versions/1.65.0', { token: admin, body: { status: 'supported' } })).status).toBe(200);
  });

  it('making a version the default moves the service’s version with it', async () => {
    const made = await api.call('PATCH', '/v1/admin/services/n8n/versions/1.65.0', { token: admin, body: { default: true } });
    expect(made.status, made.text).toBe(200);
    const service = (await api.call('GET', '/v1/services/n8n')).json;
    expect(service.version).toBe('1.65.0');
    expect(service.versions.filter((v: { default: boolean }) => v.default).map((v: { version: string }) => v.version)).toEqual(['1.65.0']);
  });

  it('an unknown version or service is a 404; a malformed version a 400 naming the field; a customer is refused', async () => {
    expect((await api.call('PATCH', '/v1/admin/services/n8n/versions/9.9.9', { token: admin, body: { status: 'deprecated' } })).status).toBe(404);
    expect((await api.call('GET', '/v1/admin/services/nothing/versions', { token: admin })).status).toBe(404);
    const bad = await api.call('POST', '/v1/admin/services/n8n/versions', { token: admin, body: { version: '1.66.0', image: 'N8N IO', tag: '1.66.0' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('body.image');
    expect((await api.call('GET', '/v1/admin/services/n8n/versions', { token })).status).toBe(403);
  });

  it('tells the customer of an instance on a version 30 and 7 days before its end of life, once each, naming the upgrade', async () => {
    const now = Date.now();
    const endOfLifeAt = new Date(now + 20 * 24 * 3600 * 1000).toISOString();
    expect((await api.call('PATCH', '/v1/admin/services/n8n/versions/1.64.0', { token: admin, body: { endOfLifeAt } })).status).toBe(200);
    const run = async (at: number) => {
      const answer = await api.call('POST', `/_local/jobs/version-eol?now=${new Date(at).toISOString()}`, { token: admin });
      expect(answer.status, answer.text).toBe(200);
      return answer.json.result as { sent: number; already: number };
    };
    expect(await run(now)).toEqual({ sent: 1, already: 0 });
    expect(await run(now + 3600_000)).toEqual({ sent: 0, already: 1 });
    expect(await run(now + 14 * 24 * 3600 * 1000)).toEqual({ sent: 1, already: 0 });
    const notices = await until(
      async () => ((await api.call('GET', '/v1/notifications', { token })).json.items as { title: string; text: string }[]).filter((n) => /end of life/.test(n.title)),
      (items) => items.length >= 2,
      'two end-of-life notifications',
    );
    expect(notices.map((n) => n.text).join('\n')).toMatch(/Upgrade it to 1\.65\.0/);
  });
});
