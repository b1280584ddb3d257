import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instanceNames } from '../../../shared/provisioning/templates/instance-names';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Closing an account erases its backups: the archives hold its apps' data (personal data of the customer's
 * own users among it), so they go with the account instead of waiting for the bucket's lifecycle. Backups
 * run for real on the local runtime (the Job's script, the local S3 store), as in test/e2e/backups.
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100 } });
const api = apiClient(platform);
let admin: string;

beforeAll(async () => {
  ({ admin } = await registerWorker(api));
});

describe('closing an account with backups', () => {
  it('deletes every backup archive and record of its subscriptions: the download link that worked before answers 404', async () => {
    const ada = await api.register({ email: 'ada.backups@example.com' });
    const created = (await api.call('POST', '/v1/subscriptions', { token: ada.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
    const subscriptionId = created.subscription.id as string;
    expect((await settledInstance(api, ada.accessToken, subscriptionId)).status).toBe('RUNNING');
    const volume = join(platform().volumesDir, created.instance.namespace, instanceNames('n8n', created.instance.id).data);
    mkdirSync(volume, { recursive: true });
    execFileSync('sqlite3', [join(volume, 'database.sqlite'), "CREATE TABLE workflow (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO workflow (name) VALUES ('invoices');"]);

    const started = await api.call('POST', `/v1/subscriptions/${subscriptionId}/backups`, { token: ada.accessToken });
    expect(started.status, started.text).toBe(202);
    const backupOf = async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/backups/${started.json.id}`, { token: ada.accessToken })).json;
    expect((await until(backupOf, (b) => b.status !== 'RUNNING', 'the backup to finish', 90_000)).status).toBe('COMPLETED');
    await until(async () => (await api.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token: ada.accessToken })).json, (i) => i.status === 'RUNNING', 'the instance RUNNING again');
    const link = await api.call('GET', `/v1/subscriptions/${subscriptionId}/backups/${started.json.id}/download`, { token: ada.accessToken });
    expect(link.status, link.text).toBe(200);
    expect((await fetch(link.json.url)).status).toBe(200);

    const adminBackupIds = async () => (await api.call('GET', '/v1/admin/backups?limit=100', { token: admin })).json.items.map((b: { id: string }) => b.id);
    expect(await adminBackupIds()).toContain(started.json.id);

    const closed = await api.call('DELETE', '/v1/auth/me', { token: ada.accessToken, body: { password: ada.password } });
    expect(closed.status, closed.text).toBe(202);

    // The link is still within its lifetime: only the object's absence can make it fail.
    expect((await fetch(link.json.url)).status).toBe(404);
    expect(await adminBackupIds()).not.toContain(started.json.id);
  }, 180_000);
});
