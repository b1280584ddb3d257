import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface RealClusterProvisioning {
  runs: number;
  pollWaitMs: number;
  clusterStartMs: number;
  totalMs: { p50: number; p95: number };
  clusterShareMs: { p50: number; p95: number };
  platformShareMs: { p50: number; p95: number };
  kubernetesRequests: { provision: number; deprovision: number };
  /** Day-two operations on each run's instance: an upgrade (with its pre-upgrade backup) and a plan change. */
  upgrade: DayTwoOperation;
  planChange: DayTwoOperation;
}

export interface DayTwoOperation {
  totalMs: { p50: number; p95: number };
  clusterShareMs: { p50: number };
  platformShareMs: { p50: number; p95: number };
  kubernetesRequests: number;
}

const script = fileURLToPath(new URL('./real-cluster-provisioning.ts', import.meta.url));

/**
 * Runs bench/real-cluster-provisioning.ts in a process of its own (a second local platform in this one would
 * share the handlers' clients, made for the first) and reads the JSON line it prints last.
 */
export const measureRealClusterProvisioning = (runs: number, pollWaitMs: number): Promise<RealClusterProvisioning> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, BENCH_REAL_PROVISION_RUNS: String(runs), BENCH_WORKFLOW_WAIT_MS: String(pollWaitMs), POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      const line = out.split('\n').reverse().find((candidate) => candidate.startsWith('{"runs"'));
      if (code === 0 && line) resolve(JSON.parse(line) as RealClusterProvisioning);
      else reject(new Error(`exited ${code}: ${(err || out).trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
