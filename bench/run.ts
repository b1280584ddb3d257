/**
 * `npm run bench` (DESIGN section 9): what users feel, as ratios against baselines measured in the same run.
 *  1. cold initialisation of each bundled Lambda function against a do-nothing bundle (cold-start.ts);
 *  2. catalog reads through the local runtime over HTTP against the raw DynamoDB request (latency.ts);
 *  3. DynamoDB requests and capacity per API operation; a read sending more than one fails the run
 *     (dynamodb-requests.ts).
 * Figures go to bench/results/latest.json and a table to stdout. No timing is ever asserted.
 * Knobs: BENCH_COLD_RUNS (5), BENCH_LATENCY_SAMPLES (300), BENCH_WARMUP (30),
 * BENCH_BUNDLER=esbuild (skip cdk synth), BENCH_FRESH_SYNTH=1 (synth even when its inputs are unchanged).
 */
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(repoRoot, 'bench', 'results');
const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const settings = {
  coldRuns: numberFrom('BENCH_COLD_RUNS', 5),
  latencySamples: numberFrom('BENCH_LATENCY_SAMPLES', 300),
  warmup: numberFrom('BENCH_WARMUP', 30),
};

// The CDK app runs with the environment as it was, before the local platform adds its own variables.
const startEnv = { ...process.env };
// The in-process platform would log a line per request; the table is what this run prints. This must be
// set before the logger module loads, hence the dynamic imports below.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

const { LOCAL_EVENT_BUS_NAME, startLocalPlatform } = await import('../infra/local/local-platform');
const { prepareBundles } = await import('./bundles');
const { measureColdStarts } = await import('./cold-start');
const { measureLatency } = await import('./latency');
const { countDynamoDbRequests } = await import('./dynamodb-requests');
const { table, writeResults } = await import('./report');
const { msSince, round } = await import('./stats');

const started = process.hrtime.bigint();
const step = (text: string) => process.stderr.write(`[bench ${(msSince(started) / 1000).toFixed(1)} s] ${text}\n`);
if (!process.versions.node.startsWith('24.')) step(`warning: running on Node ${process.version}, not 24; run through npm so the node@24 devDependency is used`);

step('bundling (cdk synth, else esbuild) and starting the local platform');
const [bundling, starting] = await Promise.allSettled([prepareBundles(repoRoot, join(resultsDir, '.work'), startEnv), startLocalPlatform({ port: 0, seed: true })]);
if (bundling.status === 'rejected' || starting.status === 'rejected') {
  if (starting.status === 'fulfilled') await starting.value.stop();
  throw bundling.status === 'rejected' ? bundling.reason : (starting as PromiseRejectedResult).reason;
}
const [prepared, platform] = [bundling.value, starting.value];
// Ctrl-C still stops DynamoDB Local (a Java process in its own group) before leaving.
process.once('SIGINT', () => void platform.stop().finally(() => process.exit(130)));
const failures: string[] = [];
try {
  const synth = prepared.reusedSynth ? 'cdk synth (reused: inputs unchanged)' : 'cdk synth';
  const bundledBy = prepared.functions.every((f) => f.source === 'cdk') ? synth : prepared.functions.some((f) => f.source === 'cdk') ? `${synth} + esbuild` : 'esbuild';
  step(`bundles from ${bundledBy}${prepared.fallbackReason ? `; esbuild because: ${prepared.fallbackReason.replaceAll('\n', '\n    ')}` : ''}`);

  step(`cold starts: ${prepared.functions.length} functions + baseline, ${settings.coldRuns} runs each`);
  const cold = await measureColdStarts(prepared, { dynamoDbEndpoint: platform.dynamoDbEndpoint, tableName: platform.tableName, eventBusName: LOCAL_EVENT_BUS_NAME }, settings.coldRuns);
  failures.push(...cold.results.filter((r) => r.failure).map((r) => `cold start of ${r.handler}: ${r.failure}`));

  step(`latency: ${settings.warmup} warm-up + ${settings.latencySamples} requests per route`);
  const latency = await measureLatency(platform.url, platform.tableName, { warmup: settings.warmup, samples: settings.latencySamples });

  step('DynamoDB requests per API operation');
  const dynamodb = await countDynamoDbRequests(platform.url, () => platform.drainStreams());
  failures.push(...dynamodb.violations);

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model },
    durationSeconds: round(msSince(started) / 1000, 1),
    settings,
    coldStart: {
      bundledBy,
      fallbackReason: prepared.fallbackReason,
      nodeOptions: cold.nodeOptions,
      method: 'wall time from spawning a fresh Node process to its exit after importing the bundle and one invocation; median of runs; ratio = median / baseline median',
      results: cold.results,
    },
    latency: { method: 'p50/p99 of HTTP requests through the local runtime vs the raw DynamoDB Local request, alternating; ratio = http / raw', results: latency },
    dynamodb: { method: 'SDK commands sent by the handler while answering, ConsumedCapacity TOTAL summed (DynamoDB Local figures)', results: dynamodb.rows },
    failures,
  };
  const file = join(resultsDir, 'latest.json');
  writeResults(file, results);

  console.log(
    [
      table(
        `Cold start (bundles: ${bundledBy}; NODE_OPTIONS=${cold.nodeOptions}; median of ${settings.coldRuns})`,
        ['function', 'bundle', 'invocation', 'result', 'KiB', 'total ms', 'import ms', 'invoke ms', 'x baseline'],
        cold.results.map((r) => [r.handler, r.source, r.invocation, r.outcome, r.sizeKiB, r.medianMs.total, r.medianMs.import, r.medianMs.invoke, r.ratio]),
      ),
      table(
        `Latency through the local runtime over HTTP (${settings.latencySamples} requests after ${settings.warmup} warm-up)`,
        ['route', 'raw DynamoDB request', 'http p50', 'raw p50', 'x p50', 'http p99', 'raw p99', 'x p99'],
        latency.map((r) => [r.route, r.raw, r.httpMs.p50, r.rawMs.p50, r.ratio.p50, r.httpMs.p99, r.rawMs.p99, r.ratio.p99]),
      ),
      table(
        'DynamoDB requests per API operation (capacity units as DynamoDB Local reports them)',
        ['operation', 'request', 'caller', 'status', 'requests', 'operations', 'capacity'],
        dynamodb.rows.map((r) => [r.operationId, r.request, r.caller, r.status, r.requests, r.operations.join(' + ') || '-', r.capacityUnits]),
      ),
      `Figures written to ${file} in ${results.durationSeconds} s.`,
    ].join('\n\n'),
  );
} catch (error) {
  failures.push(`the bench stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await platform.stop();
}

if (failures.length) {
  console.error(`\nbench: FAILED\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
process.exit(0);
