import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instanceNames } from '../../../shared/provisioning/templates/instance-names';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Backups and restores as a customer uses them over HTTP, on the local runtime: the backup and restore
 * workflows run from their synthesized definitions, their Jobs are created in the simulated cluster and run
 * by the Job's own scripts (backup-job/bin) as local processes against the instance's volume directory,
 * and the archives go to the local S3 store (fauxqs) through presigned links.
 */
const platform = useLocalPlatform({ simulatedCluster: { rolloutDelayMs: 100 } });
const api = apiClient(platform);
let token: string;
let other: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string } };
let volume: string;

const sqlite = (file: string, sql: string) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim();
const backupOf = (id: string) => api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups/${id}`, { token });
const settledBackup = (id: string) => until(async () => (await backupOf(id)).json, (b) => b.status !== 'RUNNING', `backup ${id} to finish`);
const instance = async () => (await api.call('GET', `/v1/subscriptions/${created.subscription.id}/instance`, { token })).json;

beforeAll(async () => {
  await registerWorker(api);
  token = (await api.register()).accessToken;
  other = (await api.register()).accessToken;
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
  // What n8n would have written on its volume: its SQLite database and a file of its own.
  volume = join(platform().volumesDir, created.instance.namespace, instanceNames('n8n', created.instance.id).data);
  mkdirSync(join(volume, 'binaryData'), { recursive: true });
  sqlite(join(volume, 'database.sqlite'), "PRAGMA journal_mode=WAL; CREATE TABLE workflow (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO workflow (name) VALUES ('welcome'), ('invoices');");
  writeFileSync(join(volume, 'binaryData', 'upload.bin'), Buffer.from([0, 1, 2, 255]));
}, 120_000);

describe('backups and restore through the API', () => {
  let backupId: string;

  it('a manual backup runs with BACKING_UP, completes with size and checksum, and an Idempotency-Key answers the first backup', async () => {
    const first = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups`, { token, headers: { 'Idempotency-Key': 'nightly-1' } });
    expect(first.status, first.text).toBe(202);
    expect(first.json).toMatchObject({ status: 'RUNNING', kind: 'manual', components: ['sqlite', 'files'] });
    backupId = first.json.id;
    const again = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups`, { token, headers: { 'Idempotency-Key': 'nightly-1' } });
    expect(again.json.id).toBe(backupId);
    const done = await settledBackup(backupId);
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'COMPLETED', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), sizeBytes: expect.any(Number) });
    expect((await until(instance, (i) => i.status !== 'BACKING_UP', 'the instance back RUNNING')).status).toBe('RUNNING');
    const list = await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups`, { token });
    expect(list.json.items.map((b: { id: string }) => b.id)).toContain(backupId);
  }, 90_000);

  it('the download link serves the archive whose SHA-256 and size the backup records', async () => {
    const link = await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/download`, { token });
    expect(link.status, link.text).toBe(200);
    const archive = Buffer.from(await (await fetch(link.json.url)).arrayBuffer());
    expect(createHash('sha256').update(archive).digest('hex')).toBe(link.json.sha256);
    expect(archive.length).toBe(link.json.sizeBytes);
    expect(Date.parse(link.json.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('another customer finds neither the backup nor a restore of it (404)', async () => {
    const restore = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/restore`, { token: other, body: {} });
    expect(restore.status).toBe(404);
    expect((await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/download`, { token: other })).status).toBe(404);
  });

  it('a restore stops the app, takes a safety backup, puts the data back and ends RUNNING; a cancel or a second restore meanwhile is a 409', async () => {
    // The customer's mistake: a workflow deleted, a file lost.
    sqlite(join(volume, 'database.sqlite'), "DELETE FROM workflow WHERE name = 'invoices'; INSERT INTO workflow (name) VALUES ('stray');");
    rmSync(join(volume, 'binaryData', 'upload.bin'));
    const restore = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/restore`, { token, body: {} });
    expect(restore.status, restore.text).toBe(202);
    expect(restore.json.instance.status).toBe('RESTORING');
    const second = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/restore`, { token, body: {} });
    expect(second.status).toBe(409);
    expect(second.json.detail).toMatch(/restore/);
    const cancel = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/cancel`, { token });
    expect(cancel.status).toBe(409);

    const after = await until(instance, (i) => i.status !== 'RESTORING', 'the restore to end', 90_000);
    expect(after.status, JSON.stringify(after.steps)).toBe('RUNNING');
    expect(sqlite(join(volume, 'database.sqlite'), 'SELECT name FROM workflow ORDER BY id')).toBe('welcome\ninvoices');
    expect(readFileSync(join(volume, 'binaryData', 'upload.bin'))).toEqual(Buffer.from([0, 1, 2, 255]));
    const backups = (await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups`, { token })).json.items;
    expect(backups.find((b: { kind: string }) => b.kind === 'safety')).toMatchObject({ status: 'COMPLETED' });
    await platform().drainStreams();
    expect(platform().bus.recent().some((e) => e.type === 'restore.completed' && (e.detail as { backupId?: string }).backupId === backupId)).toBe(true);
  }, 120_000);

  it('a restore into a new subscription provisions a clone of the same plan and puts the backup’s data on its volume', async () => {
    const clone = await api.call('POST', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/restore`, { token, body: { intoNewSubscription: true, name: 'Restored copy' } });
    expect(clone.status, clone.text).toBe(202);
    expect(clone.json.subscription).toMatchObject({ serviceSlug: 'n8n', planId: 'starter', name: 'Restored copy' });
    const cloneId = clone.json.subscription.id as string;
    const restored = await until(
      async () => (await api.call('GET', `/v1/subscriptions/${cloneId}/instance`, { token })).json,
      (i) => i.status === 'RUNNING' && i.steps.some((s: { step: string }) => s.step === 'restored'),
      'the clone to run restored',
      90_000,
    );
    const cloneVolume = join(platform().volumesDir, restored.namespace, instanceNames('n8n', restored.id).data);
    expect(sqlite(join(cloneVolume, 'database.sqlite'), 'SELECT name FROM workflow ORDER BY id')).toBe('welcome\ninvoices');
    expect(readFileSync(join(cloneVolume, 'binaryData', 'upload.bin'))).toEqual(Buffer.from([0, 1, 2, 255]));
    // The clone took no safety backup: it held nothing.
    expect((await api.call('GET', `/v1/subscriptions/${cloneId}/backups`, { token })).json.items).toEqual([]);
  }, 120_000);

  it('a deleted backup is gone with its archive; a missing id is a 404 and a malformed one a 400 naming the field', async () => {
    const link = (await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}/download`, { token })).json;
    expect((await api.call('DELETE', `/v1/subscriptions/${created.subscription.id}/backups/${backupId}`, { token })).status).toBe(204);
    expect((await backupOf(backupId)).status).toBe(404);
    expect((await fetch(link.url)).status).toBe(404);
    const malformed = await api.call('GET', `/v1/subscriptions/${created.subscription.id}/backups/nope`, { token });
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors?.[0]?.field).toMatch(/backupId/);
    expect(existsSync(volume)).toBe(true);
  });
});
