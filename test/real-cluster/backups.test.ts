import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveKeys } from '../../shared/backups/backup';
import { backupJobName } from '../../shared/backups/backup-job';
import { instanceNames } from '../../shared/provisioning/templates/instance-names';
import { settledInstance, until } from '../support/provisioning';
import { adminClients, registerKwokNodes, useRealClusterPlatform } from './support/real-cluster';

/**
 * The backup and restore workflows on a real control plane, as the platform's least-privileged user: their
 * Jobs are accepted by the API server under Pod Security `restricted` in the customer's namespace, created by
 * the real Job controller as pods the real scheduler places on the instance's node, and judged from the Job's
 * own status. kwok runs no container: the local job runner runs each Job's script as a local process (its
 * environment, its volume as a directory) and ends its pod as a kubelet would (infra/local/backup-jobs).
 */
const { platform, api } = useRealClusterPlatform();
let token: string;
let created: { subscription: { id: string }; instance: { id: string; namespace: string; userId: string } };
let volume: string;
const sqlite = (file: string, sql: string) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim();
const base = () => `/v1/subscriptions/${created.subscription.id}`;
const instance = async () => (await api.call('GET', `${base()}/instance`, { token })).json;
const settledBackup = (id: string) =>
  until(async () => (await api.call('GET', `${base()}/backups/${id}`, { token })).json, (b) => b.status !== 'RUNNING', `backup ${id} to finish`, 120_000);

beforeAll(async () => {
  await registerKwokNodes(api);
  token = (await api.register()).accessToken;
  created = (await api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter' } })).json;
  expect((await settledInstance(api, token, created.subscription.id)).status).toBe('RUNNING');
  volume = join(platform().volumesDir, created.instance.namespace, instanceNames('n8n', created.instance.id).data);
  mkdirSync(volume, { recursive: true });
  sqlite(join(volume, 'database.sqlite'), "CREATE TABLE workflow (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO workflow (name) VALUES ('welcome');");
  writeFileSync(join(volume, 'config'), '{"encryptionKey":"kept"}');
});

// The files share one control plane of three fake nodes and each leaves its instances running: this one
// gives its CPU back, or the last file's instance finds no node ("3 Insufficient cpu", seen in CI).
afterAll(async () => {
  expect((await api.call('POST', `${base()}/cancel`, { token })).status).toBe(202);
  await until(instance, (i) => i.status === 'DELETED', 'the instance deprovisioned', 120_000);
}, 150_000);

describe('backups on a real control plane', () => {
  let backupId: string;

  it('the backup Job runs restricted, as the app’s user, on the instance’s node, with links to its own two objects only; the real Job controller completes it', async () => {
    const started = await api.call('POST', `${base()}/backups`, { token });
    expect(started.status, started.text).toBe(202);
    backupId = started.json.id;
    expect(await settledBackup(backupId)).toMatchObject({ status: 'COMPLETED', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const job = await adminClients().batch.readNamespacedJob({ name: backupJobName('backup', backupId), namespace: created.instance.namespace });
    expect(job.status?.conditions?.find((c) => c.type === 'Complete')?.status).toBe('True');
    const pod = job.spec!.template.spec!;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0]!.securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.volumes?.find((v) => v.name === 'data')?.persistentVolumeClaim?.claimName).toBe(instanceNames('n8n', created.instance.id).data);
    expect(pod.nodeSelector?.['kubernetes.io/hostname']).toBe((await instance()).nodeName);
    const env = Object.fromEntries(pod.containers[0]!.env!.map((e) => [e.name, e.value]));
    const keys = archiveKeys({ userId: created.instance.userId, instanceId: created.instance.id, id: backupId });
    for (const [name, key] of [['UPLOAD_URL', keys.archive], ['MANIFEST_URL', keys.manifest]] as const) {
      const url = new URL(env[name]!);
      expect(decodeURIComponent(url.pathname)).toMatch(new RegExp(`/${key.replaceAll('.', '\\.')}$`));
      expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      expect(url.searchParams.has('x-amz-checksum-crc32')).toBe(false);
    }
    expect(Object.keys(env).filter((name) => /KEY|SECRET|TOKEN/.test(name))).toEqual([]);
    expect((await instance()).status).toBe('RUNNING');
  });

  it('a restore whose Job fails puts the safety backup back: the instance RUNNING on the data it had, the reason in restore.failed', async () => {
    sqlite(join(volume, 'database.sqlite'), "INSERT INTO workflow (name) VALUES ('after the backup');");
    // The archive gone from the store: the restore Job cannot download it and exits non-zero.
    const s3 = new S3Client({ endpoint: process.env.AWS_ENDPOINT_URL_S3, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await s3.send(new DeleteObjectCommand({ Bucket: process.env.BACKUP_BUCKET, Key: archiveKeys({ userId: created.instance.userId, instanceId: created.instance.id, id: backupId }).archive }));
    const restore = await api.call('POST', `${base()}/backups/${backupId}/restore`, { token, body: {} });
    expect(restore.status, restore.text).toBe(202);
    const after = await until(instance, (i) => i.status !== 'RESTORING', 'the restore to end', 150_000);
    expect(after.status).toBe('RUNNING');
    expect(after.steps.map((s: { step: string }) => s.step)).toEqual(expect.arrayContaining(['safety backup completed', 'putting the safety backup back', 'restore failed']));
    expect(sqlite(join(volume, 'database.sqlite'), 'SELECT name FROM workflow ORDER BY id')).toBe('welcome\nafter the backup');
    expect(readFileSync(join(volume, 'config'), 'utf8')).toBe('{"encryptionKey":"kept"}');
    const failedJob = (await adminClients().batch.listNamespacedJob({ namespace: created.instance.namespace })).items.find((j) => j.metadata!.name!.startsWith('restore-'));
    expect(failedJob?.status?.conditions?.find((c) => c.type === 'Failed')?.status).toBe('True');
    await platform().drainStreams();
    const failed = platform().bus.recent().find((e) => e.type === 'restore.failed' && (e.detail as { backupId?: string }).backupId === backupId);
    expect(failed?.detail).toMatchObject({ safetyRestored: true, reason: expect.stringMatching(/JobFailed/) });
    // The app is back: its Deployment scaled up again and Ready.
    const [deployment] = (await adminClients().apps.listNamespacedDeployment({ namespace: created.instance.namespace, labelSelector: `paas.example/instance=${created.instance.id.toLowerCase()}` })).items;
    expect(deployment!.spec!.replicas).toBe(1);
  });
});
