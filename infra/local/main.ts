import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { routes } from '../../functions/routes';
import { type LocalPlatform, startLocalPlatform } from './local-platform';
import { startLocalDemo } from './demo/start-demo';
import { startPlatformCluster, type PlatformCluster } from '../real-cluster/platform-cluster';
import { DEFAULT_SUMMARY_EVERY, parseSummaryEvery } from './summary-line';
import { startEmulatedIdentity, type StartedEmulatedIdentity } from '../aws-emulator/start-emulated-identity';
import { writeEmulatorSession } from '../aws-emulator/emulator-session';
import { isStripeMockBuilt } from '../stripe-mock/build';

/**
 * `npm start`: the whole platform on this machine. Flags: --fresh (start with empty data), --port N (or the
 * PORT variable; default 3000), --host H (default 127.0.0.1), --data-dir D (default .data), --demo (fill it
 * with the demo once started: see infra/local/demo), --summary-every 5m (or SUMMARY_EVERY: how often the
 * `[summary]` line of the /v1/admin/stats figures is printed; `off` for never), --cluster simulated|real
 * (Kubernetes: the simulated cluster, the default, up in a second; or the real control plane of
 * infra/real-cluster, built by `npm run cluster:build`, up in about 10 s, the platform acting with exactly
 * the rights of infra/aws/kubernetes/platform-rbac.yaml), --aws-emulator (identity on moto, the AWS emulator
 * installed by `npm run emulator:install`: administrators sign in through its Cognito pool with
 * `npm run admin-sign-in`, customer tokens are signed by its KMS key; both made as the stack makes them).
 * Payments (checkout, billing portal) run on stripe-mock when `npm run stripe-mock:build` has built it.
 */
const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    'summary-every': { type: 'string' },
    cluster: { type: 'string', default: 'simulated' },
    'aws-emulator': { type: 'boolean', default: false },
  },
});
if (values.cluster !== 'simulated' && values.cluster !== 'real') {
  console.error(`Invalid --cluster "${values.cluster}": give simulated (the default) or real.`);
  process.exit(2);
}

const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port ?? process.env.PORT}": give a number from 0 to 65535.`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
const summaryEvery = values['summary-every'] ?? process.env.SUMMARY_EVERY ?? DEFAULT_SUMMARY_EVERY;
let summaryEveryMs: number;
try {
  summaryEveryMs = parseSummaryEvery(summaryEvery);
} catch (error) {
  console.error(`Invalid --summary-every: ${(error as Error).message}`);
  process.exit(2);
}

// `npm start` runs this file with `node --import tsx`, not the tsx CLI: the CLI relays Ctrl-C to its child and
// SIGKILLs it unless the child acknowledges within 30 ms, which a busy machine misses. And the handlers are
// in place before anything starts: a Ctrl-C during the start (or just after the banner) used to kill the
// process outright, leaving DynamoDB Local running.
let platform: LocalPlatform | undefined;
let realCluster: PlatformCluster | undefined;
let awsEmulator: StartedEmulatedIdentity | undefined;
let demo: ReturnType<typeof startLocalDemo> | undefined;
let stopping = false;
const stopAndExit = async () => {
  try {
    await demo?.stop();
  } finally {
    await platform?.stop();
    await realCluster?.stop();
    await awsEmulator?.stop();
    process.exit(0);
  }
};
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  try {
    // Written at once: stdout to a pipe is asynchronous, and process.exit does not wait for it.
    writeSync(1, `\n${signal}: stopping…\n`);
  } catch {
    /* a full or closed stdout must not keep the platform from stopping */
  }
  // While it is still starting, the start finishes first and is stopped right after (below).
  if (platform) await stopAndExit();
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGHUP', () => void shutdown('SIGHUP'));

const started = Date.now();
if (values.cluster === 'real') {
  realCluster = await startPlatformCluster({ log: (line) => console.log(`[real cluster] ${line}`) }).catch((error: Error) => {
    console.error(`The real cluster could not start: ${error.message}`);
    process.exit(1);
  });
}
if (values['aws-emulator']) {
  awsEmulator = await startEmulatedIdentity().catch(async (error: Error) => {
    console.error(`The AWS emulator could not start: ${error.message}`);
    await realCluster?.stop();
    process.exit(1);
  });
}
platform = await startLocalPlatform({
  port,
  host: values.host ?? process.env.HOST,
  dataDir,
  fresh: values.fresh,
  summaryEveryMs,
  kubeconfig: realCluster?.platformKubeconfigPath,
  // No container runs on kwok nodes: the backup Jobs are run by the local job runner, as the cluster's administrator.
  kwokAdminKubeconfig: realCluster?.kubeconfigPath,
  emulatedIdentityEnvironment: awsEmulator?.environment,
  // Checkout and the billing portal answer on stripe-mock when it is built (npm run stripe-mock:build).
  stripeMock: isStripeMockBuilt(),
}).catch(async (error: Error) => {
  console.error(`The local platform could not start: ${error.message}`);
  await realCluster?.stop();
  await awsEmulator?.stop();
  process.exit(1);
});
if (stopping) await stopAndExit();
if (awsEmulator) writeEmulatorSession(dataDir, awsEmulator.session);

const base = platform.url.replace('127.0.0.1', 'localhost');
console.log(
  [
    '',
    `PaaS platform running locally (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  API            ${base}/v1`,
    `  Health         ${base}/v1/health`,
    `  Services       ${base}/v1/services`,
    `  OpenAPI        ${base}/v1/openapi.json`,
    `  Docs           ${base}/docs (the API reference, Swagger UI)`,
    `  DynamoDB Local ${platform.dynamoDbEndpoint} (table ${platform.tableName})`,
    `  SQS (fauxqs)   ${platform.queues.endpoint} (${platform.queues.queues.length} queues, each with its DLQ; in memory)`,
    `  Data           ${dataDir}${values.fresh ? ' (started fresh)' : ''}`,
    `  Mail           ${platform.mailDir} (notification emails, one JSON file each; nothing is sent)`,
    `  Routes         ${routes.length}`,
    // --- simulated cluster hook (infra/local/simulated-cluster) ---
    ...(realCluster
      ? [
          `  Kubernetes     ${realCluster.server} (real control plane, kwok nodes ${realCluster.nodes.join(', ')}; the platform acts with platform-rbac.yaml's rights)`,
          `    kubectl --kubeconfig ${realCluster.kubeconfigPath} get ns,pods,resourcequota -A`,
        ]
      : platform.kubernetes
        ? [`  Kubernetes     ${platform.kubernetes.simulated ? `${platform.kubernetes.url} (simulated)` : 'the cluster of KUBECONFIG'}; kubeconfig ${platform.kubernetes.kubeconfigPath}`]
        : []),
    // --- end simulated cluster hook ---
    ...(awsEmulator
      ? [
          `  AWS emulator   ${awsEmulator.endpoint} (moto): admin pool ${awsEmulator.session.userPoolId}, customer tokens signed by its KMS key`,
          '    npm run admin-sign-in -- --create --email ops@example.com --password Temp-Passw0rd-1 --new-password <14+ chars, mixed, digit, symbol>',
        ]
      : []),
    platform.payments.stripeMockUrl
      ? `  Payments       stripe-mock ${platform.payments.stripeMockUrl} (Stripe's API checked against its OpenAPI description; checkout and portal answer from it)`
      : '  Payments       off: checkout and portal answer 503 (npm run stripe-mock:build, then restart, turns them on)',
    `  Inbound hooks  ${platform.inboundSecrets.file ?? 'in memory'} (README "Inbound webhooks"; set the variables to choose your own)`,
    `    PAYMENTS_WEBHOOK_SECRET=${platform.inboundSecrets.payments}   POST ${base}/v1/hooks/payments (Stripe-Signature)`,
    `    KUBERNETES_WEBHOOK_SECRET=${platform.inboundSecrets.kubernetes}   POST ${base}/v1/hooks/kubernetes (X-Signature)`,
    `    ALERTS_WEBHOOK_TOKEN=${platform.inboundSecrets.alerts}   POST ${base}/v1/hooks/alerts (Authorization: Bearer)`,
    platform.webhooksAllowLoopback
      ? '  Webhooks       may target http://localhost receivers (local runtime only; WEBHOOKS_ALLOW_LOOPBACK=0 turns that off)'
      : '  Webhooks       public https URLs only (WEBHOOKS_ALLOW_LOOPBACK=0)',
    `  Summary        ${summaryEveryMs ? `a [summary] line of the /v1/admin/stats figures every ${summaryEvery} (--summary-every 30s, or off)` : 'off (--summary-every 5m turns it on)'}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

// The demo agent keeps the demo node heartbeating while the platform runs (once a seed has made it); --demo seeds now.
demo = startLocalDemo(platform, { dataDir, seed: values.demo });
