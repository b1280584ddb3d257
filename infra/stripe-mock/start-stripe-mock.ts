/**
 * stripe-mock (built by build.ts) on a free loopback port: Stripe's API as its OpenAPI description says it,
 * each request checked against that description, answers made from its fixtures. Stateless: what it answers
 * does not depend on what was sent before. `npm start` starts one when it is built; the payments tests start
 * their own. Run alone: `npx tsx infra/stripe-mock/start-stripe-mock.ts` (PORT, default 12111) until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { superviseEngine } from '../local/engine-process';
import { freePort } from '../local/free-port';
import { startOnFreePort } from '../local/port-owner';
import { stripeMockBinary, stripeMockVersion } from './versions';

/** stripe-mock accepts any `sk_test_` key of letters and digits; this one is what the local runtime and the tests give it. */
export const STRIPE_MOCK_API_KEY = 'sk_test_stripemock';

/**
 * stripe-mock runs under a small shell watchdog that ends it when this process is gone: a platform killed
 * outright (SIGKILL, a crash) runs no exit handler, and stripe-mock would outlive it, holding its process group
 * (sigkill-restart.test.ts waits for that group to be gone). SIGTERM or SIGINT to the watchdog stops stripe-mock
 * and waits for it. Arguments: the owner's pid, then the command.
 */
const WATCHDOG = [
  'owner=$1; shift',
  '"$@" & child=$!',
  'trap \'kill $child 2>/dev/null; wait $child; exit 0\' TERM INT',
  'while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done',
  'kill $child 2>/dev/null; wait $child',
].join('\n');

export interface StripeMockServer {
  /** `http://127.0.0.1:<port>`: the platform's STRIPE_API_URL. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the built stripe-mock; throws naming the command that builds it when it is not built. */
export const startStripeMock = async (options: { port?: number; binary?: string } = {}): Promise<StripeMockServer> => {
  const binary = options.binary ?? stripeMockBinary();
  if (!existsSync(binary)) throw new Error(`stripe-mock ${stripeMockVersion} is not built (${binary} is missing): run npm run stripe-mock:build`);
  return startOnFreePort(options.port, freePort, async (port) => {
    const url = `http://127.0.0.1:${port}`;
    // Loopback only. -http-addr alone leaves its default HTTPS listener on every interface at 12112 (only
    // -http/-http-port turn that off, and -http-port binds every interface): so HTTPS gets a loopback port the
    // system picks, unused, and two stripe-mocks never meet on 12112.
    const args = ['-http-addr', `127.0.0.1:${port}`, '-https-addr', '127.0.0.1:'];
    const child = spawn('/bin/sh', ['-c', WATCHDOG, 'stripe-mock-watchdog', String(process.pid), binary, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // SIGTERM, not SIGKILL, when this process exits: the watchdog then stops stripe-mock on its way out (a killed
    // watchdog would orphan it).
    const engine = superviseEngine('stripe-mock', child, { exitSignal: 'SIGTERM', stopGraceMs: 5000 });
    await engine.ready(url, () => fetch(`${url}/v1/customers?limit=1`, { headers: { authorization: `Bearer ${STRIPE_MOCK_API_KEY}` }, signal: AbortSignal.timeout(2000) }));
    return { url, stop: engine.stop };
  });
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startStripeMock({ port: process.env.PORT ? Number(process.env.PORT) : 12111 });
  console.log(`stripe-mock ${stripeMockVersion} on ${server.url} (API key ${STRIPE_MOCK_API_KEY}, or any sk_test_ key). Ctrl-C stops it.`);
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
