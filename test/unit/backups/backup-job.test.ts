import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { backupJob, backupJobName } from '../../../shared/backups/backup-job';
import { backupAllowance, dailyBackupHour } from '../../../shared/backups/backup-policy';
import { judgeJob } from '../../../shared/backups/steps/backup-steps';
import type { KubeObject } from '../../../shared/kubernetes/cluster';
import { OPERATION_JOB_ROOM } from '../../../shared/provisioning/tenant/operation-room';

const instance = { id: ulid(), userId: ulid(), namespace: 'cust-x', template: 'wordpress' as const, nodeName: 'node-a' };
const job = (status: Record<string, unknown>): KubeObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'backup-x' }, status });
const pod = (status: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'backup-x-1' }, status });

describe('the backup Job', () => {
  const rendered = backupJob({ name: backupJobName('backup', ulid()), action: 'backup', instance, backupId: ulid(), image: 'img:1', links: { uploadUrl: 'https://s3/a?sig', manifestUrl: 'https://s3/m?sig' } });
  const spec = (rendered.spec as { template: { spec: any }; backoffLimit: number }).template.spec;
  const env = Object.fromEntries(spec.containers[0].env.map((e: { name: string; value?: string; valueFrom?: unknown }) => [e.name, e.value ?? e.valueFrom]));

  it("runs WordPress's as www-data, restricted, on the instance's node, never retried by Kubernetes", () => {
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 33, runAsGroup: 33 });
    expect(spec.containers[0].securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/hostname': 'node-a' });
    expect(spec.restartPolicy).toBe('Never');
    expect((rendered.spec as { backoffLimit: number }).backoffLimit).toBe(0);
  });

  it('reads the database password from the instance Secret, and holds no other credential than its two links', () => {
    expect(env.DB_PASSWORD).toEqual({ secretKeyRef: { name: expect.stringMatching(/-credentials$/), key: 'database-password' } });
    expect(env).toMatchObject({ BACKUP_COMPONENTS: 'mysql,files', DB_NAME: 'wordpress', DB_USER: 'wordpress', UPLOAD_URL: 'https://s3/a?sig', MANIFEST_URL: 'https://s3/m?sig' });
    expect(env.DOWNLOAD_URL).toBeUndefined();
  });

  it('asks for exactly the room the namespace quota keeps for it, and no ephemeral storage a node may not have', () => {
    expect(spec.containers[0].resources).toEqual({
      requests: { cpu: `${OPERATION_JOB_ROOM.requests.cpuMillicores}m`, memory: `${OPERATION_JOB_ROOM.requests.memoryMiB}Mi` },
      limits: { cpu: `${OPERATION_JOB_ROOM.limits.cpuMillicores}m`, memory: `${OPERATION_JOB_ROOM.limits.memoryMiB}Mi` },
    });
  });

  it("carries the instance's backup label (the database's policy admits it) but not the platform's, so rollouts never judge it", () => {
    expect(spec.containers[0].env).toBeDefined();
    const labels = (rendered.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    expect(labels).toMatchObject({ 'paas.example/instance': instance.id.toLowerCase(), 'app.kubernetes.io/component': 'backup' });
    expect(labels['paas.example/managed-by']).toBeUndefined();
  });
});

describe('judging a Job', () => {
  it('is done once the Job controller says Complete', () => {
    expect(judgeJob(job({ succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] }), [])).toEqual({ succeeded: true, failed: false, reason: '' });
  });

  it("fails with the container's exit code and last line when the Job failed", () => {
    const failed = pod({ containerStatuses: [{ state: { terminated: { exitCode: 3, message: 'downloading\npaas-restore: checksum mismatch: expected 1f, got 2e' } } }] });
    expect(judgeJob(job({ failed: 1, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] }), [failed])).toEqual({
      succeeded: false,
      failed: true,
      reason: 'exit 3: paas-restore: checksum mismatch: expected 1f, got 2e',
    });
  });

  it('fails at once on an image that cannot be pulled and on a pod no node has room for, and waits on a running one', () => {
    expect(judgeJob(job({}), [pod({ containerStatuses: [{ state: { waiting: { reason: 'ImagePullBackOff', message: 'not found' } } }] })]).reason).toBe('ImagePullBackOff: not found');
    const unschedulable = pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 1 Insufficient memory.' }] });
    expect(judgeJob(job({}), [unschedulable])).toMatchObject({ failed: true, reason: expect.stringMatching(/^Unschedulable: .*Insufficient memory/) });
    const unbound = pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: 'pod has unbound immediate PersistentVolumeClaims' }] });
    expect(judgeJob(job({ active: 1 }), [unbound])).toEqual({ succeeded: false, failed: false, reason: '' });
    expect(judgeJob(undefined, [])).toMatchObject({ failed: true, reason: 'the Job is gone' });
  });
});

describe('backup policy', () => {
  it("keeps the plan's daily backups (7 by default) and caps what a customer adds by count and by size", () => {
    expect(backupAllowance({ limits: { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 } })).toEqual({ keep: 7, maxCount: 17, maxTotalBytes: 50 * 1024 ** 3 });
    expect(backupAllowance({ limits: { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 }, backups: { keep: 30, maxTotalGiB: 400 } })).toEqual({ keep: 30, maxCount: 40, maxTotalBytes: 400 * 1024 ** 3 });
  });

  it("spreads instances' daily backups over every hour of the day, each instance always in the same hour", () => {
    const ids = Array.from({ length: 2400 }, () => ulid());
    const perHour = new Array(24).fill(0);
    for (const id of ids) perHour[dailyBackupHour(id)]++;
    expect(Math.min(...perHour)).toBeGreaterThan(50);
    expect(Math.max(...perHour)).toBeLessThan(150);
    expect(dailyBackupHour(ids[0]!)).toBe(dailyBackupHour(ids[0]!));
  });
});
