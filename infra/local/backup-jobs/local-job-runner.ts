import { BatchV1Api, CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
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
  /** How long the script ran: what a container would have taken, the rest of a backup is the platform's. */
  durationMs: number;
}

export interface LocalJobRunnerOptions {
  cluster: Cluster;
  /**
   * Where the Job's outcome goes, and when its script may start: the simulated cluster has no Job controller,
   * so its Job's status is written directly; a real control plane (kwok nodes) has one, and the runner plays
   * the kubelet of the Job's pod instead (jobStatusReporter / podStatusReporter).
   */
  reporter: JobReporter;
  /** Each PersistentVolumeClaim is the directory `<volumesDir>/<namespace>/<claim>`. */
  volumesDir: string;
  /**
   * How often the cluster's Jobs are listed (1 s: a backup waits up to that much to start). Every local
   * platform on a shared control plane lists them (the real-cluster suites run nine), so this is the load they
   * add to its API server beside the suites' own.
   */
  intervalMs?: number;
  onRun?: (run: LocalJobRun) => void;
  /**
   * Whether this platform made the Job: a control plane shared by several local platforms (the real-cluster
   * suites' files) has each Job run once, by its own platform's runner. All of them by default.
   */
  owns?: (job: KubeObject) => Promise<boolean>;
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
export const startLocalJobRunner = ({ cluster, reporter, volumesDir, intervalMs = 1000, owns = async () => true, onRun, onError }: LocalJobRunnerOptions) => {
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
    if (!(await owns(job))) return;
    // Like a container, the script starts once its pod runs (scheduled, volume attached); never otherwise.
    if (!(await reporter.started(job))) return;
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
      const startedAt = performance.now();
      const { exitCode, stderr } = await new Promise<{ exitCode: number; stderr: string }>((resolve) => {
        const child = spawn('bash', [script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
        child.on('error', (error) => resolve({ exitCode: 127, stderr: error.message }));
        child.on('close', (code) => resolve({ exitCode: code ?? 1, stderr }));
      });
      const message = stderr.trim().split('\n').filter(Boolean).at(-1) ?? '';
      const durationMs = performance.now() - startedAt;
      await reporter.finished(job, { exitCode, message });
      onRun?.({ job: job.metadata.name, namespace, exitCode, message, durationMs });
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

export interface JobReporter {
  /** Resolves true once the Job's pod runs (at once where there are no pods), false if it never does. */
  started(job: KubeObject): Promise<boolean>;
  finished(job: KubeObject, outcome: { exitCode: number; message: string }): Promise<void>;
}

const clientsOf = (kubeconfigPath: string) => {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath);
  return { batch: config.makeApiClient(BatchV1Api), core: config.makeApiClient(CoreV1Api) };
};
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

/** The simulated cluster: no Job controller, no pods; the Job's status subresource is written as the controller would. */
export const jobStatusReporter = (kubeconfigPath: string): JobReporter => {
  const { batch } = clientsOf(kubeconfigPath);
  return {
    started: async () => true,
    async finished(job, { exitCode, message }) {
      const now = new Date().toISOString();
      const status =
        exitCode === 0
          ? { succeeded: 1, completionTime: now, conditions: [{ type: 'Complete', status: 'True', lastTransitionTime: now }] }
          : { failed: 1, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: `exit ${exitCode}: ${message}`, lastTransitionTime: now }] };
      await batch.patchNamespacedJobStatus({ name: job.metadata.name, namespace: job.metadata.namespace!, body: { status } }, mergePatch);
    },
  };
};

/**
 * A real control plane whose nodes are kwok's: the Job controller makes the pod, the scheduler places it,
 * kwok reports it Running (and holds it there: stages/pod-backup-job-held.yaml); the runner then ends the
 * pod as its kubelet would, with the container's exit code and message, and the Job controller judges the
 * Job from it. Needs rights on pods/status: an administrator's kubeconfig, not the platform's.
 */
export const podStatusReporter = (kubeconfigPath: string, startTimeoutMs = 60_000): JobReporter => {
  const { core } = clientsOf(kubeconfigPath);
  const podOf = async (job: KubeObject) =>
    (await core.listNamespacedPod({ namespace: job.metadata.namespace!, labelSelector: `batch.kubernetes.io/job-name=${job.metadata.name}` })).items[0];
  return {
    async started(job) {
      const deadline = Date.now() + startTimeoutMs;
      while (Date.now() < deadline) {
        if ((await podOf(job))?.status?.phase === 'Running') return true;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return false;
    },
    async finished(job, { exitCode, message }) {
      const pod = await podOf(job);
      if (!pod) return;
      const now = new Date().toISOString();
      const containers = pod.spec!.containers.map((container) => ({
        name: container.name,
        image: container.image!,
        imageID: '',
        ready: false,
        restartCount: 0,
        started: false,
        state: { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', message, startedAt: pod.status?.startTime ?? now, finishedAt: now } },
      }));
      const body = {
        status: {
          phase: exitCode === 0 ? 'Succeeded' : 'Failed',
          conditions: [{ type: 'Ready', status: 'False', reason: 'PodCompleted', lastTransitionTime: now }],
          containerStatuses: containers,
        },
      };
      await core.patchNamespacedPodStatus({ name: pod.metadata!.name!, namespace: job.metadata.namespace!, body }, mergePatch);
    },
  };
};
