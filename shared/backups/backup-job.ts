import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { KubeObject } from '../kubernetes/cluster';
import { databasePort, databaseSecretKeys } from '../provisioning/templates/database';
import { instanceNames } from '../provisioning/templates/instance-names';
import { hardenedPodSpec } from '../provisioning/templates/pod-security';
import type { TemplateName } from '../provisioning/templates/template-name';
import { idLabel } from '../provisioning/tenant/kubernetes-names';
import { labelKeys, platformName } from '../provisioning/tenant/labels';
import { OPERATION_JOB_ROOM } from '../provisioning/tenant/operation-room';
import { backupTargets, DATA_MOUNT } from './backup-targets';

export type JobAction = 'backup' | 'restore';

/** The label that marks the platform's backup and restore Jobs, and the value of its action. */
export const backupJobLabel = 'paas.example/backup-job';
/** The pods of a backup Job of an instance, admitted by its database's NetworkPolicy (templates/database.ts). */
export const backupComponentLabel = 'backup';

/** Seconds a Job may run before Kubernetes stops it; the workflow's own deadline is a little longer. */
export const JOB_DEADLINE_SECONDS = 3600;
/** A finished Job (and its pod's log) is kept a day for support, then garbage-collected. */
const JOB_TTL_SECONDS = 24 * 3600;

export interface BackupJobInput {
  name: string;
  action: JobAction;
  instance: { id: string; userId: string; namespace: string; template: TemplateName; nodeName?: string };
  backupId: string;
  image: string;
  /** backup: the archive's and manifest's PUT links; restore: the archive's GET link and its checksum. */
  links: { uploadUrl: string; manifestUrl: string } | { downloadUrl: string; expectedSha256: string };
}

/**
 * `backup-<slug>` per backup; `restore-<slug>` / `undo-<slug>` per restore (the restore, and the safety
 * backup put back): a retried step finds its own Job instead of starting another.
 */
export const backupJobName = (prefix: 'backup' | 'restore' | 'undo', id: string) => `${prefix}-${idLabel(id, 'jobId').slice(-16)}`;

/**
 * The Kubernetes Job that runs backup-job/bin/paas-backup or paas-restore in the customer's namespace, on
 * the node of the instance's volume (ReadWriteOnce), as the app's user, under Pod Security `restricted`.
 * Its only credentials are the presigned links of exactly the objects it writes or reads, and the
 * instance's own database password by reference to its Secret.
 */
export const backupJob = ({ name, action, instance, backupId, image, links }: BackupJobInput): KubeObject => {
  const target = backupTargets[instance.template];
  const names = instanceNames(instance.template, instance.id);
  const env: IEnvVar[] = [{ name: 'BACKUP_COMPONENTS', value: target.components.join(',') }, { name: 'WORK_DIR', value: '/tmp/work' }];
  if (target.components.includes('files')) {
    env.push({ name: 'FILES_DIR', value: DATA_MOUNT });
    if (target.sqliteFile) env.push({ name: 'FILES_EXCLUDE', value: ['', '-wal', '-shm', '-journal'].map((suffix) => `${target.sqliteFile}${suffix}`).join(',') });
  }
  if (target.sqliteFile) env.push({ name: 'SQLITE_PATH', value: `${DATA_MOUNT}/${target.sqliteFile}` });
  if (target.database) {
    env.push(
      { name: 'DB_HOST', value: names.database },
      { name: 'DB_PORT', value: String(databasePort) },
      { name: 'DB_NAME', value: target.database },
      { name: 'DB_USER', value: target.database },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: names.credentials, key: databaseSecretKeys.password } } },
    );
  }
  if ('uploadUrl' in links) env.push({ name: 'UPLOAD_URL', value: links.uploadUrl }, { name: 'MANIFEST_URL', value: links.manifestUrl });
  else env.push({ name: 'DOWNLOAD_URL', value: links.downloadUrl }, { name: 'EXPECTED_SHA256', value: links.expectedSha256 });

  const podLabels = {
    [labelKeys.instance]: idLabel(instance.id, 'instanceId'),
    [labelKeys.component]: backupComponentLabel,
    [backupJobLabel]: action,
  };
  const podSpec = hardenedPodSpec({
    runAs: target.runAs,
    containers: [
      {
        name: action,
        image,
        command: [action === 'backup' ? 'paas-backup' : 'paas-restore'],
        env,
        // The room the namespace quota keeps for it (operation-room.ts).
        resources: {
          requests: { cpu: `${OPERATION_JOB_ROOM.requests.cpuMillicores}m`, memory: `${OPERATION_JOB_ROOM.requests.memoryMiB}Mi` },
          // No ephemeral-storage request: a limit alone would request it all (8 GiB) and fit no node; the
          // scratch emptyDir's sizeLimit bounds what the Job writes (the real scheduler refused the former).
          limits: { cpu: `${OPERATION_JOB_ROOM.limits.cpuMillicores}m`, memory: `${OPERATION_JOB_ROOM.limits.memoryMiB}Mi` },
        },
        volumeMounts: [
          { name: 'data', mountPath: DATA_MOUNT },
          { name: 'work', mountPath: '/tmp' },
        ],
        terminationMessagePolicy: 'FallbackToLogsOnError',
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: { claimName: names.data } },
      // Scratch for the archive on its way: the node's disk, not the customer's volume.
      { name: 'work', emptyDir: { sizeLimit: '8Gi' } },
    ],
  });
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace: instance.namespace,
      labels: { [labelKeys.managedBy]: platformName, ...podLabels, 'paas.example/backup': idLabel(backupId, 'backupId') },
    },
    spec: {
      // A failed run is not retried by Kubernetes: the workflow decides (a restore rolls back instead).
      backoffLimit: 0,
      activeDeadlineSeconds: JOB_DEADLINE_SECONDS,
      ttlSecondsAfterFinished: JOB_TTL_SECONDS,
      template: {
        metadata: { labels: podLabels },
        spec: {
          ...podSpec,
          restartPolicy: 'Never',
          // The volume is ReadWriteOnce: the Job runs where the app's pod has it attached.
          ...(instance.nodeName && { nodeSelector: { 'kubernetes.io/hostname': instance.nodeName } }),
        },
      },
    },
  };
};
