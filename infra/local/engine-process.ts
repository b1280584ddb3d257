import type { ChildProcess } from 'node:child_process';
import { portListener, PortTakenError } from './port-owner';

/**
 * An engine another program answers for (moto, stripe-mock), started by the platform or a test as a child
 * process on loopback: the tail of its output is kept for a failure message, it is signalled when this
 * process exits, `stop()` ends it with SIGTERM (SIGKILL after a grace period), and `ready()` waits until a
 * probe of its HTTP API answers, stopping it and saying why when it never does.
 */
export const superviseEngine = (name: string, child: ChildProcess, options: { exitSignal: NodeJS.Signals; stopGraceMs: number }) => {
  let output = '';
  // Engines log every request; only the tail is kept.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const onExit = () => child.kill(options.exitSignal);
  process.once('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.stopGraceMs);
    await exited;
    clearTimeout(timer);
  };

  const waitUntilAnswering = async (url: string, probe: () => Promise<Response>, timeoutMs: number) => {
    const port = Number(new URL(url).port);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        // An engine exits when its port is taken; whoever holds it is another engine, never ours to talk to.
        if (portListener(child.pid!, port) === 'another') throw new PortTakenError(name, port);
        throw new Error(`${name} exited with code ${child.exitCode}:\n${output.slice(-2000)}`);
      }
      try {
        // An answer proves someone serves there, not that it is the process we started.
        if ((await probe()).ok && portListener(child.pid!, port) !== 'another') return;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${name} did not answer on ${url} within ${timeoutMs} ms:\n${output.slice(-2000)}`);
  };

  return {
    stop,
    /** Resolves once `probe` answers 2xx; otherwise stops the engine and throws with its last output. */
    ready: async (url: string, probe: () => Promise<Response>, timeoutMs = 30_000) => {
      try {
        await waitUntilAnswering(url, probe, timeoutMs);
      } catch (error) {
        await stop();
        throw error;
      }
    },
  };
};
