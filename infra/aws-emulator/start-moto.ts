/**
 * moto in server mode (PyPI `moto[server]`, pinned in requirements.txt): the independent AWS emulator the
 * AWS-facing code is proven against, every service on one loopback port, reached the way a LocalStack user
 * would reach LocalStack: through AWS_ENDPOINT_URL. `npm run emulator:start` runs one until Ctrl-C.
 *
 * What moto 5.2.6 gets wrong or leaves out is written beside the tests that meet it (test/aws-emulator/).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { superviseEngine } from '../local/engine-process';
import { freePort } from '../local/free-port';
import { startOnFreePort } from '../local/port-owner';
import { pythonTool } from './python-tools';

/** moto's account; any credentials are accepted. */
export const MOTO_ACCOUNT_ID = '123456789012';
export const motoCredentials = { accessKeyId: 'testing', secretAccessKey: 'testing' } as const;

/** The config of an AWS SDK client that talks to the emulator at `endpoint`. */
export const motoClientConfig = (endpoint: string, region = 'us-east-1') => ({ endpoint, region, credentials: motoCredentials });

export interface MotoServer {
  /** `http://127.0.0.1:<port>`: give it as AWS_ENDPOINT_URL (or a client's `endpoint`). */
  endpoint: string;
  /** Clears every service's state (not the settings of `configure`). */
  reset(): Promise<void>;
  /** moto's own settings, e.g. `{ stepfunctions: { execute_state_machine: true } }`. */
  configure(settings: Record<string, unknown>): Promise<void>;
  /** GET one of moto's own endpoints (`/moto-api/data.json`, …) as JSON. */
  motoApi<T>(path: string, init?: RequestInit): Promise<T>;
  stop(): Promise<void>;
}

/** Starts moto on a free loopback port (installed by `npm run emulator:install`; the tests' setup installs it). */
export const startMoto = async (options: { port?: number } = {}): Promise<MotoServer> => {
  const binary = pythonTool('moto_server');
  if (!existsSync(binary)) throw new Error(`moto is not installed (${binary} is missing): run npm run emulator:install`);
  return startOnFreePort(options.port, freePort, async (port) => {
    const endpoint = `http://127.0.0.1:${port}`;
    const child = spawn(binary, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: {
        ...process.env,
        // Cognito checks TOTP codes (against the one secret AssociateSoftwareToken hands out) instead of taking any.
        MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP: 'true',
      },
    });
    const engine = superviseEngine('moto_server', child, { exitSignal: 'SIGKILL', stopGraceMs: 3000 });
    await engine.ready(endpoint, () => fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(2000) }));
    return { ...motoClient(endpoint), stop: engine.stop };
  });
};

const motoClient = (endpoint: string): Omit<MotoServer, 'stop'> => {
  const motoApi = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${endpoint}${path}`, init);
    if (!response.ok) throw new Error(`moto ${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    endpoint,
    reset: () => motoApi('/moto-api/reset', { method: 'POST' }),
    configure: (settings) => motoApi('/moto-api/config', { method: 'POST', body: JSON.stringify(settings), headers: { 'content-type': 'application/json' } }),
    motoApi,
  };
};

/** An emulator someone else started (`npm run emulator:start`, or AWS_EMULATOR_URL): used, never stopped. */
export const runningMoto = (endpoint: string): MotoServer => ({ ...motoClient(endpoint.replace(/\/+$/, '')), stop: async () => {} });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const moto = await startMoto({ port: process.env.PORT ? Number(process.env.PORT) : 4566 });
  console.log(`moto (AWS emulator) on ${moto.endpoint}: export AWS_ENDPOINT_URL=${moto.endpoint} AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1. Ctrl-C stops it.`);
  const shutdown = () => void moto.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
