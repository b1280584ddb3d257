import { readFile } from 'node:fs/promises';
import { runAgent } from './agent-loop.js';
import { createApiClient } from './api-client.js';
import { defaultBackoff } from './backoff.js';
import { type AgentOptions, parseCli, usage } from './cli-options.js';
import type { KubernetesNodeInfo } from './contract.js';
import { createHostSampler } from './host-metrics.js';
import { type Logger, createLogger, errorFields } from './log.js';
import { toNodeLabel } from './node-name.js';
import { AGENT_VERSION } from './version.js';

/**
 * The agent's entry point: flags → the loop, and the process's signals → the loop's stop. SIGTERM (what
 * the kubelet sends) and SIGINT stop the loop, which sends a draining heartbeat; the process is gone within
 * a few seconds whatever happens, well inside the DaemonSet's 10 s grace period.
 */

const HARD_EXIT_MS = 4_000;

const start = async (options: AgentOptions, log: Logger) => {
  const nodeName = toNodeLabel(options.nodeName);
  if (nodeName !== options.nodeName) log.info('node name is not a DNS-1123 label; the API gets a sanitised name', { kubernetesName: options.nodeName, nodeName });

  const stop = new AbortController();
  let hardExit: NodeJS.Timeout | undefined;
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      // Ctrl-C reaches both a wrapper (npm, tsx) and the agent, and the wrapper may relay it: a second
      // signal within a second is that echo, not an operator insisting.
      if (Date.now() - firstSignalAt < 1_000) return;
      log.warn('second signal; exiting now', { signal });
      process.exit(1);
    }
    firstSignalAt = Date.now();
    log.info('stopping', { signal });
    stop.abort();
    hardExit = setTimeout(() => {
      log.warn('shutdown took too long; exiting', { afterMs: HARD_EXIT_MS });
      process.exit(0);
    }, HARD_EXIT_MS);
    hardExit.unref();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // A bug in a dependency must not take the heartbeats down with it.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', errorFields(reason)));

  const token = options.token;
  const tokenFile = options.tokenFile;
  const api = createApiClient({
    baseUrl: options.apiUrl,
    token: token !== undefined ? async () => token : async () => (await readFile(tokenFile!, 'utf8')).trim(),
  });

  const kubernetes = options.kubernetes ? await kubernetesSource(options, log) : undefined;
  log.info('agent starting', {
    agentVersion: AGENT_VERSION,
    api: options.apiUrl,
    nodeName,
    intervalMs: options.intervalMs,
    procRoot: options.procRoot,
    diskPath: options.diskPath,
    kubernetes: Boolean(kubernetes),
    credential: token !== undefined ? 'given' : `file ${tokenFile}`,
  });

  await runAgent(
    {
      api,
      host: createHostSampler({ procRoot: options.procRoot, diskPath: options.diskPath, log }),
      ...(kubernetes ? { kubernetes } : {}),
      identity: { nodeName, agentVersion: AGENT_VERSION },
      intervalMs: options.intervalMs,
      backoff: { baseMs: Math.min(defaultBackoff.baseMs, options.intervalMs), capMs: options.backoffCapMs },
      log,
    },
    stop.signal,
  );
  clearTimeout(hardExit);
  log.info('stopped');
  // Keep-alive sockets and the Kubernetes client's timers would hold the process open.
  process.exit(0);
};

/** The Kubernetes reader bound to this node, or undefined (the agent still reports host figures) when it cannot be set up. */
const kubernetesSource = async (options: AgentOptions, log: Logger): Promise<{ read(): Promise<KubernetesNodeInfo> } | undefined> => {
  try {
    const { createKubernetesNodeReader } = await import('./kubernetes-node.js');
    const reader = createKubernetesNodeReader(options.kubeconfig ? { kubeconfigPath: options.kubeconfig } : {});
    return { read: () => reader.read(options.nodeName) };
  } catch (error) {
    log.error('cannot set up the Kubernetes client; sending host figures only', errorFields(error));
    return undefined;
  }
};

const outcome = parseCli(process.argv.slice(2), process.env);
switch (outcome.kind) {
  case 'help':
    process.stdout.write(usage);
    break;
  case 'version':
    process.stdout.write(`${AGENT_VERSION}\n`);
    break;
  case 'error':
    process.stderr.write(`agent: ${outcome.message}\n\n${usage}`);
    process.exitCode = 2;
    break;
  case 'run': {
    const log = createLogger({ level: outcome.options.logLevel });
    start(outcome.options, log).catch((error: unknown) => {
      log.error('agent failed', errorFields(error));
      process.exit(1);
    });
  }
}
