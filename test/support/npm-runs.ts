import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * npm commands run as a user runs them, for the tests of the local runtime (`npm start`, `npm run seed`):
 * each in its own process group, as a terminal gives it, so Ctrl-C (SIGINT to the group) reaches npm and
 * the platform together, with what it prints collected.
 */
const repo = new URL('../../', import.meta.url).pathname;

export interface NpmRun {
  child: ChildProcess;
  output: () => string;
}

export interface NpmStarted extends NpmRun {
  /** The API's origin from the banner (127.0.0.1: Node may resolve localhost to ::1 first). */
  api: string;
  /** DynamoDB Local's endpoint from the banner. */
  dynamo: string;
}

export const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once `done` holds, or once the deadline passes (the caller's assertions then say what is left). */
const settle = async (done: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await sleep(100);
};

/** Waits until the run has printed `pattern`; fails with what it printed if it exits first or never does. */
export const waitForOutput = async (run: NpmRun, pattern: RegExp, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`never printed ${pattern}:\n${run.output()}`);
    await sleep(100);
  }
};

/**
 * Ctrl-C in a terminal: SIGINT to the whole process group. Resolves once every process of the group is gone
 * and `alsoGone` holds (say, its DynamoDB Local too), or after `timeoutMs`.
 */
export const ctrlC = async (run: NpmRun, alsoGone: () => boolean = () => true, timeoutMs = 15_000) => {
  process.kill(-run.child.pid!, 'SIGINT');
  await settle(() => !groupAlive(run.child.pid!) && alsoGone(), timeoutMs);
};

/** The npm commands of one test file, on its own data folder; `stopAll` in afterAll leaves nothing running. */
export const npmRuns = (dataDir: string, options: { env?: Record<string, string> } = {}) => {
  const groups: number[] = [];

  const run = (args: string[]): NpmRun => {
    const child = spawn('npm', args, { cwd: repo, detached: true, env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    groups.push(child.pid!);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  };

  /** `npm start` on the data folder (on a free port unless told), once it prints its banner. */
  const start = async (options: { port?: number; args?: string[] } = {}): Promise<NpmStarted> => {
    const started = run(['start', '--', '--port', String(options.port ?? 0), '--data-dir', dataDir, ...(options.args ?? [])]);
    await waitForOutput(started, /Press Ctrl-C/);
    const api = /API\s+(http:\/\/\S+)\/v1/.exec(started.output())![1]!.replace('localhost', '127.0.0.1');
    const dynamo = /DynamoDB Local\s+(http:\/\/\S+)/.exec(started.output())![1]!;
    return { ...started, api, dynamo };
  };

  /** Whatever a failed test left running: the process groups started here, signalled, and waited for. */
  const stopAll = async (signal: 'SIGINT' | 'SIGKILL' = 'SIGINT') => {
    for (const pgid of groups.filter(groupAlive)) process.kill(-pgid, signal);
    await settle(() => !groups.some(groupAlive), 15_000);
  };

  return { run, start, stopAll };
};
