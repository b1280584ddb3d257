import { BatchV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupJobLabel } from '../../../shared/backups/backup-job';
import type { Cluster, KindRef, KubeObject } from '../../../shared/kubernetes/cluster';

const jobKind: KindRef = { apiVersion: 'batch/v1', kind: 'Job' };
const secretKind: KindRef = { apiVersion: 'v1', kind: 'Secret' };
const scripts = fileURLToPath(new URL('../../../backup-job/bin/', import.meta.url));

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}
interface JobSpec {
  template: {
    spec: {
      containers: { command: string[]; env?: EnvVar[]; volumeMounts?: { name: string; mountPath: string }[] }[];
      volumes?: { name: string; persistentVolumeClaim?: { claimName: string }; emptyDir?: object }[];
    };
  };
}

export interface LocalJobRun {
  job: string;
  namespace: string;
  exitCode: number;
  /** What the script said last on stderr (its reason on a failure). */
  message: string;
}

export interface LocalJobRunnerOptions {
  cluster: Cluster;
  /** Writes a Job's status subresource, as the Job controller does (the Cluster port writes only the main resource). */
  writeStatus: (name: string, namespace: string, status: Record<string, unknown>) => Promise<void>;
  /** Each PersistentVolumeClaim is the directory `<volumesDir>/<namespace>/<claim>`. */
  volumesDir: string;
  intervalMs?: number;
  onRun?: (run: LocalJobRun) => void;
  /** A Job the runner could not run or report (the cluster refused, the script could not start). */
  onError?: (job: string, error: unknown) => void;
}

/**
 * No container runs on this machine, so the platform's backup and restore Jobs are run here by their own
 * scripts (backup-job/bin), as local processes with the inputs their pod would get: the Job's environment
 * (the instance Secret's values resolved), each volume a local directory in place of its mount path. The
 * outcome is written to the Job's status as the Job controller would (Complete, or Failed with the
 * script's last line). What differs, said once: no database server runs for an instance here, so a Job's
 * `mysql` component is left out (test/integration/backups proves it on a real MariaDB), and an instance's
 * files volume holds what was put in its directory, not what an app wrote.
 */
export const startLocalJobRunner = ({ cluster, writeStatus, volumesDir, intervalMs = 300, onRun, onError }: LocalJobRunnerOptions) => {
  const handled = new Set<string>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  const secretValue = async (namespace: string, ref: { name: string; key: string }) => {
    const secret = (await cluster.read(secretKind, ref.name, namespace)) as (KubeObject & { data?: Record<string, string>; stringData?: Record<string, string> }) | undefined;
    const encoded = secret?.data?.[ref.key];
    return encoded !== undefined ? Buffer.from(encoded, 'base64').toString('utf8') : (secret?.stringData?.[ref.key] ?? '');
  };

  const run = async (job: KubeObject) => {
    const namespace = job.metadata.namespace!;
    const spec = job.spec as JobSpec;
    const container = spec.template.spec.containers[0]!;
    const scratch = mkdtempSync(join(tmpdir(), 'paas-job-'));
    try {
      // Each mount path → a local directory: the claim's, or scratch for an emptyDir.
      const mounts = (container.volumeMounts ?? []).map((mount) => {
        const volume = spec.template.spec.volumes?.find((v) => v.name === mount.name);
        const local = volume?.persistentVolumeClaim ? join(volumesDir, namespace, volume.persistentVolumeClaim.claimName) : join(scratch, mount.name);
        mkdirSync(local, { recursive: true });
        return { path: mount.mountPath, local };
      });
      const localPath = (value: string) => {
        const mount = mounts.find((m) => value === m.path || value.startsWith(`${m.path}/`));
        return mount ? mount.local + value.slice(mount.path.length) : value;
      };
      const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.secretKeyRef;
        env[variable.name] = ref ? await secretValue(namespace, ref) : localPath(variable.value ?? '');
      }
      if (env.BACKUP_COMPONENTS) env.BACKUP_COMPONENTS = env.BACKUP_COMPONENTS.split(',').filter((c) => c !== 'mysql').join(',');
      if (env.WORK_DIR) mkdirSync(env.WORK_DIR, { recursive: true });
      const script = join(scripts, container.command[0]!);
      const { exitCode, stderr } = await new Promise<{ exitCode: number; stderr: string }>((resolve) => {
        const child = spawn('bash', [script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
        child.on('error', (error) => resolve({ exitCode: 127, stderr: error.message }));
        child.on('close', (code) => resolve({ exitCode: code ?? 1, stderr }));
      });
      const message = stderr.trim().split('\n').filter(Boolean).at(-1) ?? '';
      const now = new Date().toISOString();
      const status =
        exitCode === 0
          ? { succeeded: 1, completionTime: now, conditions: [{ type: 'Complete', status: 'True', lastTransitionTime: now }] }
          : { failed: 1, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: `exit ${exitCode}: ${message}`, lastTransitionTime: now }] };
      await writeStatus(job.metadata.name, namespace, status);
      onRun?.({ job: job.metadata.name, namespace, exitCode, message });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };

  const tick = async () => {
    const jobs = await cluster.list(jobKind, { labelSelector: backupJobLabel }).catch(() => []);
    for (const job of jobs) {
      const key = `${job.metadata.namespace}/${job.metadata.name}/${(job.metadata as { uid?: string }).uid ?? ""}`;
      const status = (job.status ?? {}) as { succeeded?: number; failed?: number };
      if (handled.has(key) || status.succeeded || status.failed) continue;
      handled.add(key);
      const done = run(job)
        .catch((error: unknown) => onError?.(key, error))
        .finally(() => running.delete(done));
      running.add(done);
    }
  };

  const loop = (async () => {
    while (!stopped) {
      await tick();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      await Promise.all(running);
    },
  };
};

/** A Job status writer through the cluster's own API (the `status` subresource, a JSON merge patch). */
export const jobStatusWriter = (kubeconfigPath: string) => {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath);
  const batch = config.makeApiClient(BatchV1Api);
  return async (name: string, namespace: string, status: Record<string, unknown>) => {
    await batch.patchNamespacedJobStatus({ name, namespace, body: { status } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
  };
};
