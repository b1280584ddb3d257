import os from 'node:os';
import { parseArgs } from 'node:util';
import { isLogLevel, type LogLevel } from './log.js';

/**
 * The agent's flags, each with the environment variable the DaemonSet sets instead. Pure (argv and env in,
 * options out), so it is tested without starting anything.
 */

export interface AgentOptions {
  apiUrl: string;
  /** Exactly one of token / tokenFile. A file is read before every request, so a rotated Secret is picked up. */
  token?: string;
  tokenFile?: string;
  /** The node's own name (Kubernetes' name when in a cluster); the API gets it as a DNS-1123 label. */
  nodeName: string;
  intervalMs: number;
  backoffCapMs: number;
  procRoot: string;
  diskPath: string;
  kubernetes: boolean;
  kubeconfig?: string;
  logLevel: LogLevel;
}

export type CliOutcome = { kind: 'run'; options: AgentOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const usage = `Usage: agent --api <url> (--token <token> | --token-file <path>) [options]

Registers this node with the platform API and posts a heartbeat every interval (±10%).

  --api <url>            API base URL, e.g. http://localhost:3000                  env AGENT_API_URL
  --token <token>        agent token (argv is visible to ps: prefer the env)       env AGENT_TOKEN
  --token-file <path>    file holding the token, re-read on every request          env AGENT_TOKEN_FILE
  --node-name <name>     this node's name (default: the host name)                 env NODE_NAME
  --interval-ms <ms>     heartbeat interval (default 10000)
  --backoff-cap-ms <ms>  longest wait between retries (default 60000)
  --proc-root <path>     where the host's /proc is (default /proc)                 env HOST_PROC
  --disk-path <path>     a path on the host's root filesystem (default /)          env HOST_ROOT
  --kubernetes           read the node from the Kubernetes API (default: on
                         when KUBERNETES_SERVICE_HOST is set or --kubeconfig given)
  --no-kubernetes        never read the Kubernetes API
  --kubeconfig <path>    kubeconfig file (default: $KUBECONFIG, ~/.kube/config,
                         then the in-cluster service account)
  --log-level <level>    debug | info | warn | error (default info)                env LOG_LEVEL
  --help, --version
`;

export const parseCli = (argv: readonly string[], env: NodeJS.ProcessEnv, hostname: string = os.hostname()): CliOutcome => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        api: { type: 'string' },
        token: { type: 'string' },
        'token-file': { type: 'string' },
        'node-name': { type: 'string' },
        'interval-ms': { type: 'string' },
        'backoff-cap-ms': { type: 'string' },
        'proc-root': { type: 'string' },
        'disk-path': { type: 'string' },
        kubernetes: { type: 'boolean' },
        'no-kubernetes': { type: 'boolean' },
        kubeconfig: { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const apiUrl = values.api ?? env.AGENT_API_URL;
  if (!apiUrl) return { kind: 'error', message: '--api (or AGENT_API_URL) is required' };
  if (!isHttpUrl(apiUrl)) return { kind: 'error', message: `--api must be an http(s) URL, got ${JSON.stringify(apiUrl)}` };

  // A flag wins over the environment; a token given directly wins over a file at the same level.
  const credential = values.token
    ? { token: values.token }
    : values['token-file']
      ? { tokenFile: values['token-file'] }
      : env.AGENT_TOKEN
        ? { token: env.AGENT_TOKEN }
        : env.AGENT_TOKEN_FILE
          ? { tokenFile: env.AGENT_TOKEN_FILE }
          : undefined;
  if (!credential) return { kind: 'error', message: '--token (or AGENT_TOKEN) or --token-file (or AGENT_TOKEN_FILE) is required' };

  const intervalMs = positiveInteger(values['interval-ms'], 10_000);
  if (intervalMs === undefined) return { kind: 'error', message: '--interval-ms must be a whole number of milliseconds ≥ 10' };
  const backoffCapMs = positiveInteger(values['backoff-cap-ms'], 60_000);
  if (backoffCapMs === undefined) return { kind: 'error', message: '--backoff-cap-ms must be a whole number of milliseconds ≥ 10' };

  const logLevel = values['log-level'] ?? env.LOG_LEVEL ?? 'info';
  if (!isLogLevel(logLevel)) return { kind: 'error', message: `--log-level must be debug, info, warn or error, got ${JSON.stringify(logLevel)}` };

  const nodeName = (values['node-name'] ?? env.NODE_NAME ?? hostname).trim();
  if (!nodeName) return { kind: 'error', message: '--node-name is empty' };

  const kubeconfig = values.kubeconfig;
  const kubernetes = values['no-kubernetes'] ? false : Boolean(values.kubernetes || kubeconfig || env.KUBERNETES_SERVICE_HOST);

  return {
    kind: 'run',
    options: {
      apiUrl,
      ...credential,
      nodeName,
      intervalMs,
      backoffCapMs,
      procRoot: values['proc-root'] ?? env.HOST_PROC ?? '/proc',
      diskPath: values['disk-path'] ?? env.HOST_ROOT ?? '/',
      kubernetes,
      ...(kubeconfig ? { kubeconfig } : {}),
      logLevel,
    },
  };
};

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const positiveInteger = (value: string | undefined, fallback: number): number | undefined => {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) && Number(value) >= 10 ? Number(value) : undefined;
};
