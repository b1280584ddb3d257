/**
 * `npm run bench` (DESIGN section 9): what users feel, as ratios against baselines measured in the same run.
 *  1. DynamoDB requests and capacity per API operation, every route of the route table with real
 *     credentials (dynamodb-requests.ts): a read sending more than one fails the run, but for the documented
 *     exceptions; it runs while the bundles are made, since it counts and does not time;
 *  2. cold initialisation of each bundled Lambda function against a do-nothing bundle (cold-start.ts);
 *  3. catalog reads through the local runtime over HTTP against the raw DynamoDB request, and customer
 *     login, refresh and GET /v1/auth/me against the password hash alone and the raw GetItem (latency.ts);
 *  4. heartbeat ingestion (heartbeats.ts): simulated node agents posting heartbeats concurrently over HTTP;
 *     throughput, latency, errors (must be none) and DynamoDB requests per heartbeat (must be exactly one,
 *     the node's conditional UpdateItem), against the same UpdateItem sent straight through the client,
 *     under load and one at a time;
 *  5. the docs page (docs-page.ts): /docs opened in headless Chromium (Debian's chromium), each time in a
 *     fresh context: time to the first operation and first contentful paint against the OpenAPI document
 *     loaded alone, and the bytes the page loads; a request leaving the local server fails the run.
 * Credentials are real (bench-callers.ts): a customer registered over HTTP, an admin token minted by the
 * local platform. Figures go to bench/results/latest.json and a table to stdout. No timing is ever asserted.
 * Knobs: BENCH_COLD_RUNS (4), BENCH_LATENCY_SAMPLES (300), BENCH_WARMUP (30), BENCH_LOGIN_SAMPLES (40),
 * BENCH_LOGIN_WARMUP (5), BENCH_HEARTBEAT_AGENTS (50), BENCH_HEARTBEAT_TOKENS (2), BENCH_HEARTBEAT_SECONDS (10),
 * BENCH_HEARTBEAT_WARMUP_SECONDS (1), BENCH_HEARTBEAT_RAW_SECONDS (3), BENCH_BUNDLER=esbuild (skip cdk synth),
 * BENCH_FRESH_SYNTH=1 (synth even when its inputs are unchanged), BENCH_DOCS_RUNS (10).
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
  coldRuns: numberFrom('BENCH_COLD_RUNS', 4),
  latencySamples: numberFrom('BENCH_LATENCY_SAMPLES', 300),
  warmup: numberFrom('BENCH_WARMUP', 30),
  loginSamples: numberFrom('BENCH_LOGIN_SAMPLES', 40),
  loginWarmup: numberFrom('BENCH_LOGIN_WARMUP', 5),
  heartbeatAgents: numberFrom('BENCH_HEARTBEAT_AGENTS', 50),
  heartbeatTokens: numberFrom('BENCH_HEARTBEAT_TOKENS', 2),
  heartbeatSeconds: numberFrom('BENCH_HEARTBEAT_SECONDS', 10),
  heartbeatWarmupSeconds: numberFrom('BENCH_HEARTBEAT_WARMUP_SECONDS', 1),
  heartbeatRawSeconds: numberFrom('BENCH_HEARTBEAT_RAW_SECONDS', 3),
  docsRuns: numberFrom('BENCH_DOCS_RUNS', 10),
};

// The CDK app runs with the environment as it was, before the local platform adds its own variables.
const startEnv = { ...process.env };
// The in-process platform would log a line per request; the table is what this run prints. This must be
// set before the logger module loads, hence the dynamic imports below.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

const { LOCAL_EVENT_BUS_NAME, startLocalPlatform } = await import('../infra/local/local-platform');
const { prepareBundles } = await import('./bundles');
const { BENCH_ADMIN_EMAIL, registerCustomer } = await import('./bench-callers');
const { measureColdStarts } = await import('./cold-start');
const { measureAuthLatency, measureCatalogLatency } = await import('./latency');
const { countDynamoDbRequests, readExceptions } = await import('./dynamodb-requests');
const { measureHeartbeatIngestion } = await import('./heartbeats');
const { measureDocsPage } = await import('./docs-page');
const { table, writeResults } = await import('./report');
const { msSince, ratio, round } = await import('./stats');

type HeartbeatIngestion = Awaited<ReturnType<typeof measureHeartbeatIngestion>>['result'];
const heartbeatLines = (h: HeartbeatIngestion): string => {
  const d = h.dynamodb;
  return [
    table(
      `Heartbeat ingestion: ${h.agents} agents sharing ${h.tokens} agent token${h.tokens === 1 ? '' : 's'}, closed loops over HTTP (ms; n in the ${h.windowSeconds} s window after the warm-up)`,
      ['what', 'concurrency', 'n', 'per s', 'p50', 'p99', 'errors', 'DynamoDB requests each', 'capacity each'],
      [
        ['POST /v1/agent/heartbeat', h.agents, h.heartbeats.measured, h.heartbeats.perSecond, h.heartbeats.latencyMs.p50, h.heartbeats.latencyMs.p99, h.heartbeats.errors, d.requestsPerHeartbeat, d.capacityUnitsPerHeartbeat],
        ['raw UpdateItem NODE#…, same client', h.rawUnderLoad.concurrency, h.rawUnderLoad.requests, h.rawUnderLoad.perSecond, h.rawUnderLoad.latencyMs.p50, h.rawUnderLoad.latencyMs.p99, h.rawUnderLoad.errors, 1, undefined],
      ],
    ),
    `DynamoDB requests while the agents ran: ${d.requests} for ${h.heartbeats.sent} heartbeats sent (warm-up included): ${d.heartbeatUpdates} heartbeat UpdateItems (NODE#…, conditional on tokenId, tokenSecretHash, no tokenRevokedAt)${d.healthMonitor ? `, ${d.healthMonitor} by the scheduled node-health monitor (left out)` : ''}${d.otherOperations.length ? `, other: ${d.otherOperations.join(' + ')}` : ''}.`,
    `Heartbeat route over the raw UpdateItem: under the same concurrency ${h.ratioUnderLoad.p50} x at p50 and ${h.ratioUnderLoad.p99} x at p99; one at a time (latency table) ${h.sequential.ratio?.p50} x at p50 and ${h.sequential.ratio?.p99} x at p99.`,
  ].join('\n');
};

type DocsPage = Awaited<ReturnType<typeof measureDocsPage>>;
const docsPageLines = (d: DocsPage): string => {
  const kib = (bytes: number) => round(bytes / 1024, 1);
  const fcp = d.firstContentfulPaintMs;
  return [
    table(
      `Docs page in headless Chromium ${d.browser} (ms from navigation start; ${d.runs} openings, each in a fresh context, after a warm-up; bytes of the page and all it loads)`,
      ['what', 'p50', 'p99', 'x p50', 'x p99', 'transfer KiB', 'decoded KiB', 'requests'],
      [
        ['GET /docs: first operation in the page', d.firstOperationMs.p50, d.firstOperationMs.p99, d.ratio.p50, d.ratio.p99, kib(d.bytes.transfer), kib(d.bytes.decoded), d.bytes.resources + 1],
        ['GET /docs: first contentful paint', fcp?.p50, fcp?.p99, fcp && ratio(fcp.p50, d.openApiAloneMs.p50), fcp && ratio(fcp.p99, d.openApiAloneMs.p99), undefined, undefined, undefined],
        ['baseline: GET /v1/openapi.json alone (last byte)', d.openApiAloneMs.p50, d.openApiAloneMs.p99, 1, 1, undefined, undefined, 1],
      ],
    ),
    `Requests that left the local server: ${d.elsewhere.length ? d.elsewhere.join(', ') : 'none'}.`,
  ].join('\n');
};

const started = process.hrtime.bigint();
const step = (text: string) => process.stderr.write(`[bench ${(msSince(started) / 1000).toFixed(1)} s] ${text}\n`);
if (!process.versions.node.startsWith('24.')) step(`warning: running on Node ${process.version}, not 24; run through npm so the node@24 devDependency is used`);

step('bundling (cdk synth, else esbuild) while the local platform starts');
const bundling = prepareBundles(repoRoot, join(resultsDir, '.work'), startEnv);
// Its rejection is handled where it is awaited; this only keeps Node from calling it unhandled meanwhile.
bundling.catch(() => undefined);
const platform = await startLocalPlatform({ port: 0, seed: true }).catch(async (error: unknown) => {
  await bundling.catch(() => undefined);
  throw error;
});
// Ctrl-C still stops DynamoDB Local (a Java process in its own group) before leaving.
process.once('SIGINT', () => void platform.stop().finally(() => process.exit(130)));
const failures: string[] = [];
try {
  step('credentials: an admin token from the local platform, a customer registered over HTTP');
  const adminToken = await platform.mintAdminToken({ email: BENCH_ADMIN_EMAIL });
  const customer = await registerCustomer(platform.url, { email: 'bench-customer@example.com', name: 'Bench customer' });

  step('DynamoDB requests per API operation (while bundling: this counts, it does not time)');
  const waitForWorkflows = async (instanceId: string) => {
    for (const workflow of ['provision-instance', 'deprovision-instance'] as const) {
      const executionArn = `${platform.workflows.stateMachineArn(workflow).replace(':stateMachine:', ':execution:')}:${instanceId}`;
      if (platform.workflows.describe(executionArn)) await platform.workflows.wait(executionArn);
    }
    await platform.drainStreams();
  };
  const dynamodb = await countDynamoDbRequests(platform.url, { adminToken, customer }, () => platform.drainStreams(), waitForWorkflows);
  failures.push(...dynamodb.violations);
  const loginRow = dynamodb.rows.find((r) => r.operationId === 'login');

  step('waiting for the bundles');
  const prepared = await bundling;
  const synth = prepared.reusedSynth ? 'cdk synth (reused: inputs unchanged)' : 'cdk synth';
  const bundledBy = prepared.functions.every((f) => f.source === 'cdk') ? synth : prepared.functions.some((f) => f.source === 'cdk') ? `${synth} + esbuild` : 'esbuild';
  step(`bundles from ${bundledBy}${prepared.fallbackReason ? `; esbuild because: ${prepared.fallbackReason.replaceAll('\n', '\n    ')}` : ''}`);

  step(`cold starts: ${prepared.functions.length} functions + baseline, ${settings.coldRuns} runs each`);
  const identity = Object.fromEntries(
    ['CUSTOMER_TOKEN_LOCAL_KEY_FILE', 'ADMIN_USER_POOL_ID', 'ADMIN_CLIENT_ID', 'ADMIN_LOCAL_JWKS_FILE'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );
  const cold = await measureColdStarts(
    prepared,
    { dynamoDbEndpoint: platform.dynamoDbEndpoint, tableName: platform.tableName, eventBusName: LOCAL_EVENT_BUS_NAME, identity },
    settings.coldRuns,
  );
  failures.push(...cold.results.filter((r) => r.failure).map((r) => `cold start of ${r.handler}: ${r.failure}`));

  step(`latency: catalog reads, ${settings.warmup} warm-up + ${settings.latencySamples} requests per route`);
  const latency = await measureCatalogLatency(platform.url, platform.tableName, { warmup: settings.warmup, samples: settings.latencySamples });
  step(`latency: login ${settings.loginWarmup} + ${settings.loginSamples} against the hash alone; refresh and me ${settings.warmup} + ${settings.latencySamples}`);
  latency.push(
    ...(await measureAuthLatency(platform.url, platform.tableName, customer, {
      loginWarmup: settings.loginWarmup,
      loginSamples: settings.loginSamples,
      warmup: settings.warmup,
      samples: settings.latencySamples,
    })),
  );

  const agents = settings.heartbeatAgents;
  const tokens = Math.min(settings.heartbeatTokens, agents);
  step(`heartbeat ingestion: ${agents} agents (${tokens} tokens) over HTTP, ${settings.heartbeatWarmupSeconds} s warm-up + ${settings.heartbeatSeconds} s; the raw UpdateItem ${settings.heartbeatRawSeconds} s, then ${settings.warmup} + ${settings.latencySamples} alternating`);
  const ingestion = await measureHeartbeatIngestion(platform, adminToken, {
    agents,
    tokens,
    seconds: settings.heartbeatSeconds,
    warmupSeconds: settings.heartbeatWarmupSeconds,
    rawSeconds: settings.heartbeatRawSeconds,
    warmup: settings.warmup,
    samples: settings.latencySamples,
  }, step);
  failures.push(...ingestion.violations);
  const heartbeats = ingestion.result;
  latency.push(heartbeats.sequential);

  step(`docs page: ${settings.docsRuns} openings of /docs in headless Chromium, each in a fresh context, against /v1/openapi.json alone`);
  const docsPage = await measureDocsPage(platform.url, { runs: settings.docsRuns }).catch((error: unknown) => {
    failures.push(`docs page: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (docsPage?.elsewhere.length) failures.push(`docs page: requests left the local server: ${docsPage.elsewhere.join(', ')}`);

  const login = latency.find((r) => r.route === 'POST /v1/auth/login');
  const loginSummary = login?.baselineMs && {
    dynamoDbRequests: loginRow?.requests,
    operations: loginRow?.operations,
    loginMs: login.httpMs,
    hashMs: login.baselineMs,
    ratio: login.ratio,
    /** What a login costs beyond its hash, at p50: the DynamoDB requests, signing the token, HTTP. */
    beyondHashP50Ms: round(login.httpMs.p50 - login.baselineMs.p50, 3),
  };

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
    latency: {
      method:
        'p50/p99 of HTTP requests through the local runtime vs a baseline in this process, alternating request by request: the raw DynamoDB Local request underneath, or for login verifyPassword of the stored hash; refresh chains each answer\'s refresh token and has no baseline; ratio = http / baseline; nearest-rank percentiles, so with fewer than 100 samples p99 is the slowest one',
      results: latency,
      login: loginSummary,
    },
    heartbeats: {
      method:
        'simulated agents on a worker thread, each registered once under its own name (the tokens shared round-robin) and then posting heartbeats back to back over keep-alive HTTP; latency and throughput over the heartbeats started in the measured window; DynamoDB requests are every command the shared document client sent while the agents ran (warm-up included) over every heartbeat sent, leaving out only the scheduled node-health monitor\'s own queries and status moves should its one-minute timer fire meanwhile; the raw baseline replays each node\'s recorded heartbeat UpdateItem (timestamps renewed) through the same client, by as many concurrent loops, and one at a time alternating with the route (the latency row); the local runtime\'s stream poller runs the node-status consumer on the same process meanwhile',
      ...heartbeats,
    },
    docsPage: docsPage && {
      method:
        "headless Chromium (Debian's chromium, playwright-core), each opening in a fresh browser context (no cache), alternating with the baseline; times from the browser's navigation start: until the first operation's element is in the page (a mutation observer installed before the page's scripts), first-contentful-paint from the Performance API; baseline: /v1/openapi.json opened alone in the same browser, to its last byte (responseEnd); bytes: transferSize (headers included) and decodedBodySize of the navigation and every resource entry of the last opening; ratio = docs / baseline; nearest-rank percentiles",
      ...docsPage,
    },
    dynamodb: {
      method: 'SDK commands sent by the handler while answering, ConsumedCapacity TOTAL summed (DynamoDB Local figures); real credentials',
      readExceptions,
      notes: dynamodb.notes,
      results: dynamodb.rows,
    },
    failures,
  };
  const file = join(resultsDir, 'latest.json');
  writeResults(file, results);

  const loginLines = [
    loginRow && `A successful login sends ${loginRow.requests} DynamoDB requests: ${loginRow.operations.join(' + ') || 'none'} (${loginRow.capacityUnits} capacity units).`,
    loginSummary &&
      `Login is ${loginSummary.ratio?.p50} x the hash alone at p50 and ${loginSummary.ratio?.p99} x at p99; beyond the hash a login costs ${loginSummary.beyondHashP50Ms} ms at p50 (DynamoDB requests, token signing, HTTP).`,
  ].filter(Boolean);
  console.log(
    [
      table(
        `Cold start (bundles: ${bundledBy}; NODE_OPTIONS=${cold.nodeOptions}; median of ${settings.coldRuns})`,
        ['function', 'bundle', 'invocation', 'result', 'KiB', 'total ms', 'import ms', 'invoke ms', 'x baseline'],
        cold.results.map((r) => [r.handler, r.source, r.invocation, r.outcome, r.sizeKiB, r.medianMs.total, r.medianMs.import, r.medianMs.invoke, r.ratio]),
      ),
      [
        table(
          'Latency through the local runtime over HTTP against a baseline in this process (ms; n requests after the warm-up)',
          ['route', 'n', 'baseline', 'http p50', 'base p50', 'x p50', 'http p99', 'base p99', 'x p99'],
          latency.map((r) => [r.route, r.samples, r.baseline ?? '-', r.httpMs.p50, r.baselineMs?.p50, r.ratio?.p50, r.httpMs.p99, r.baselineMs?.p99, r.ratio?.p99]),
        ),
        ...loginLines,
      ].join('\n'),
      heartbeatLines(heartbeats),
      ...(docsPage ? [docsPageLines(docsPage)] : []),
      [
        table(
          'DynamoDB requests per API operation (capacity units as DynamoDB Local reports them)',
          ['operation', 'request', 'caller', 'status', 'requests', 'operations', 'capacity'],
          dynamodb.rows.map((r) => [r.operationId, r.request, r.caller, r.status, r.requests, r.operations.join(' + ') || '-', r.capacityUnits]),
        ),
        ...dynamodb.notes.map((n) => `Note: ${n}`),
      ].join('\n'),
      `Figures written to ${file} in ${results.durationSeconds} s.`,
    ].join('\n\n'),
  );
} catch (error) {
  failures.push(`the bench stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  // A cdk synth still running is let finish, so no orphan writes into the work folder of the next run.
  await bundling.catch(() => undefined);
  await platform.stop();
}

if (failures.length) {
  console.error(`\nbench: FAILED\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
process.exit(0);
