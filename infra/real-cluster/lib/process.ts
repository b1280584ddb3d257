import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetChild, rememberChild } from './orphans';

/** One control-plane process, logging to <dataDir>/logs/<name>.log. */
export interface Component {
  name: string;
  logPath: string;
  pid: number;
  /** Exit code (or signal name) once the process has ended; undefined while it runs. */
  exitStatus(): string | undefined;
  stop(): Promise<void>;
}

/** Thrown when a component cannot start; names the component and where its log is. */
export class ComponentError extends Error {
  constructor(component: Component, reason: string) {
    super(`${component.name} ${reason}; see its log ${component.logPath}\n${tail(component.logPath, 15)}`);
  }
}

const tail = (path: string, lines: number): string => {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
};

const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal); // negative pid: the whole process group the child leads
  } catch {
    /* already gone */
  }
};

/** Groups still running; killed if this Node process exits without stop() (e.g. an uncaught error). */
const running = new Set<number>();
process.on('exit', () => running.forEach((pid) => killGroup(pid, 'SIGKILL')));

const STOP_GRACE_MS = 5_000;

/**
 * Starts a binary `detached`, i.e. leading its own process group, so Ctrl-C in a terminal reaches only
 * us (we then stop children in order) and stop() can signal anything the binary forked.
 */
export const startComponent = (name: string, binary: string, args: string[], logsDir: string): Component => {
  const logPath = join(logsDir, `${name}.log`);
  const fd = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(binary, args, { detached: true, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd); // the child has its own copy
  }
  let status: string | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('error', (error) => {
      spawnError = error;
      status ??= `failed to spawn (${error.message})`;
      resolve();
    });
    child.on('exit', (code, signal) => {
      status = signal ?? String(code);
      resolve();
    });
  });
  const pid = child.pid ?? -1;
  if (pid > 0) {
    running.add(pid);
    rememberChild(pid);
  }
  void exited.then(() => {
    running.delete(pid);
    forgetChild(pid);
  });

  return {
    name,
    logPath,
    pid,
    exitStatus: () => status ?? (spawnError ? spawnError.message : undefined),
    stop: async () => {
      if (status !== undefined || pid <= 0) return;
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      killGroup(pid, 'SIGKILL'); // anything the binary forked that ignored SIGTERM
    },
  };
};

/**
 * Polls `check` until it returns true. Fails fast with a ComponentError if the process exits, or when
 * `timeoutMs` passes; `check` throwing counts as "not yet" (the port may not be open).
 */
export const waitUntilReady = async (component: Component, check: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    const status = component.exitStatus();
    if (status !== undefined) throw new ComponentError(component, `exited (${status}) before it was ready`);
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      throw new ComponentError(component, `was not ready within ${timeoutMs / 1000} s${lastError ? ` (last error: ${lastError})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
