import { runAgent } from '../../../agent/src/agent-loop';
import { createApiClient } from '../../../agent/src/api-client';
import { createHostSampler } from '../../../agent/src/host-metrics';
import { createKubernetesNodeReader } from '../../../agent/src/kubernetes-node';
import { createLogger, type Logger } from '../../../agent/src/log';
import { AGENT_VERSION } from '../../../agent/src/version';
import { readAgentFile } from './demo-agent-file';

export interface DemoAgentOptions {
  /** The platform's base URL, e.g. http://127.0.0.1:3000. */
  apiUrl: string;
  /** The demo folder whose agent.json names the token and the node. */
  demoDir: string;
  /** The cluster the node's Kubernetes figures are read from (the simulated one's kubeconfig); none: host figures only. */
  kubeconfigPath?: string;
  /** Heartbeat interval (the real agent's 10 s by default). */
  intervalMs?: number;
  /** How often agent.json is looked at, so a seed run from another process is picked up. */
  pollMs?: number;
  log?: Logger;
}

export interface DemoAgent {
  /** Reads agent.json now (a seed in the same process calls this right after writing it). */
  refresh(): Promise<void>;
  /** Stops the loop after its draining heartbeat; the platform is still serving at that point. */
  stop(): Promise<void>;
}

interface Running {
  nodeName: string;
  stop: AbortController;
  done: Promise<void>;
  wake: () => void;
}

/**
 * The simulated node agent of the demo, run inside the local platform's own process: the real agent's loop
 * (agent/src: register, heartbeats, backoff, re-register on 404, draining heartbeat on stop) with this
 * machine's /proc figures and, when given a kubeconfig, the named Node's figures from that cluster. It
 * starts when `<data>/demo/agent.json` appears, so the node stays HEALTHY exactly as long as the platform
 * runs, whether the seed ran inside it (`npm start -- --demo`) or from another process (`npm run seed`).
 */
export const startDemoAgent = (options: DemoAgentOptions): DemoAgent => {
  const log = options.log ?? createLogger({ level: 'info', write: (line) => process.stdout.write(`demo agent ${line}`) });
  const intervalMs = options.intervalMs ?? 10_000;
  let token = '';
  let running: Running | undefined;
  let checking = Promise.resolve();
  let stopped = false;

  const start = (nodeName: string): Running => {
    const stop = new AbortController();
    let wakeUp = () => {};
    // The loop's own pause, which a new token (the old one was revoked) also ends, so it is used at once.
    const sleep = (ms: number, signal: AbortSignal) =>
      new Promise<boolean>((resolve) => {
        if (signal.aborted) return resolve(false);
        if (ms <= 0) return resolve(true);
        const finish = (goOn: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          wakeUp = () => {};
          resolve(goOn);
        };
        const onAbort = () => finish(false);
        const timer = setTimeout(() => finish(true), ms);
        signal.addEventListener('abort', onAbort, { once: true });
        wakeUp = () => finish(true);
      });
    const reader = options.kubeconfigPath ? createKubernetesNodeReader({ kubeconfigPath: options.kubeconfigPath }) : undefined;
    const done = runAgent(
      {
        api: createApiClient({ baseUrl: options.apiUrl, token: async () => token }),
        host: createHostSampler({ procRoot: '/proc', diskPath: '/', log }),
        ...(reader ? { kubernetes: { read: () => reader.read(nodeName) } } : {}),
        identity: { nodeName, agentVersion: AGENT_VERSION },
        intervalMs,
        // Locally a refused token is fixed by the next seed, not by an operator: retry soon.
        backoff: { baseMs: Math.min(1_000, intervalMs), capMs: 5_000 },
        log,
        sleep,
      },
      stop.signal,
    ).catch((error: unknown) => log.error('the demo agent stopped', { error: String(error) }));
    return { nodeName, stop, done, wake: () => wakeUp() };
  };

  const check = async () => {
    const file = readAgentFile(options.demoDir);
    if (!file || stopped) return;
    if (running && running.nodeName !== file.nodeName) {
      running.stop.abort();
      await running.done;
      running = undefined;
    }
    const changed = file.token !== token;
    token = file.token;
    if (!running) running = start(file.nodeName);
    else if (changed) running.wake();
  };
  const refresh = () => (checking = checking.then(check));

  void refresh();
  const poll = setInterval(() => void refresh(), options.pollMs ?? 1_000);
  poll.unref();

  return {
    refresh,
    stop: async () => {
      // The token file may have changed since the last poll (a seed replaced a revoked token): the draining
      // heartbeat goes out with the current one.
      await refresh();
      stopped = true;
      clearInterval(poll);
      await checking;
      running?.stop.abort();
      await running?.done;
      running = undefined;
    },
  };
};
