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
 *  5. provisioning (provisioning.ts): subscriptions one after another, POST → ACTIVE less the simulated
 *     rollout delay (the platform's own share), Kubernetes API calls and DynamoDB requests per provisioning
 *     and deprovisioning, and the create route against its raw TransactWriteItems;
 *  5b. provisioning on the real control plane (real-cluster-provisioning.ts, in a process of its own): POST →
 *     ACTIVE p50/p95 over ten, less the cluster's own time to make the pods Ready; the platform's Kubernetes
 *     API requests per provisioning and deprovisioning (audit log); the control plane's start from the cache;
 *  6. the expiry job (expiry.ts): its DynamoDB requests and time over 10,000 subscriptions with 10, then
 *     100, of them due: the cost must follow the due count;
 *  6b. the usage metering job (metering.ts): Kubernetes API calls (2 per run, however many instances: checked),
 *     DynamoDB requests and time per run over 10, then 100, instances in a namespace each;
 *  6c. the pod-health check (pod-health.ts): the same over 10, then 100, running instances in a namespace each
 *     (2 Kubernetes list calls per run, however many instances: checked);
 *  7. the docs page (docs-page.ts): /docs opened in headless Chromium (Debian's chromium), each time in a
 *     fresh context: time to the first operation, to every operation and first contentful paint against the
 *     OpenAPI document loaded alone, and the bytes the page loads; a request leaving the local server fails
 *     the run.
 *  7. inbound payment webhooks (inbound-payments.ts): signed invoice.paid events over HTTP, each a new event id,
 *     verified, recorded and renewing a subscription, against the signature check alone and the ledger's raw
 *     conditional PutItem, alternating; DynamoDB requests per payment.
 *  8. webhook delivery (webhooks.ts): an event committed → its POST at a receiver on loopback, p50/p99, one at
 *     a time (split at the bus); then many events over several customers' endpoints: deliveries per second,
 *     with the number lost and duplicated per webhook-id (both must be 0) and every endpoint's sequence
 *     numbers complete.
 *  9. the backup data path (backup-throughput.ts): the backup Job's scripts on MariaDB and a files volume to
 *     moto's S3, backup and restore MiB/s against a raw curl PUT of the same bytes and GET of the archive.
 * 10. backup overhead (backup-overhead.ts): the platform's own share of a backup, request → COMPLETED less the
 *     Job's script, and its DynamoDB requests (BENCH_BACKUP_OVERHEAD_RUNS, 5).
 * Credentials are real (bench-callers.ts): a customer registered over HTTP, an admin token minted by the
 * local platform. Figures go to bench/results/latest.json and a table to stdout. No timing is ever asserted.
 * Knobs: BENCH_COLD_RUNS (4), BENCH_LATENCY_SAMPLES (300), BENCH_WARMUP (30), BENCH_LOGIN_SAMPLES (40),
 * BENCH_LOGIN_WARMUP (5), BENCH_HEARTBEAT_AGENTS (50), BENCH_HEARTBEAT_TOKENS (2), BENCH_HEARTBEAT_SECONDS (10),
 * BENCH_HEARTBEAT_WARMUP_SECONDS (1), BENCH_HEARTBEAT_RAW_SECONDS (3), BENCH_BUNDLER=esbuild (skip cdk synth),
 * BENCH_FRESH_SYNTH=1 (synth even when its inputs are unchanged), BENCH_DOCS_RUNS (10), BENCH_PROVISION_RUNS (10), BENCH_EXPIRY_TOTAL (10000),
 * BENCH_ROLLOUT_DELAY_MS (2000), BENCH_WORKFLOW_WAIT_MS (1000), BENCH_PAYMENT_SAMPLES (200), BENCH_PAYMENT_WARMUP (20),
 * BENCH_WEBHOOK_SAMPLES (100), BENCH_WEBHOOK_EVENTS (400), BENCH_WEBHOOK_CUSTOMERS (10), BENCH_WEBHOOK_ENDPOINTS (2, per
 * customer), BENCH_QUEUE_CONCURRENCY (4: batches each local queue consumer handles side by side, as Lambda scales out), BENCH_METERING_INSTANCES (100), BENCH_POD_HEALTH_INSTANCES (100),
 * BENCH_BACKUP_MIB (128), BENCH_BACKUP_RUNS (3).
 */
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(repoRoot, 'bench', 'results');
const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
/**
 * The commit whose functions the cold-start section measures beside today's, in the same rounds: main before
 * issue 21's cold-start work. BENCH_BEFORE_REF=none leaves them out.
 */
const DEFAULT_BEFORE_REF = '9ae08ca';
const settings = {
  coldRuns: numberFrom('BENCH_COLD_RUNS', 4),
  beforeRef: process.env.BENCH_BEFORE_REF ?? DEFAULT_BEFORE_REF,
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
  provisionRuns: numberFrom('BENCH_PROVISION_RUNS', 10),
  realProvisionRuns: numberFrom('BENCH_REAL_PROVISION_RUNS', 10),
  paymentSamples: numberFrom('BENCH_PAYMENT_SAMPLES', 200),
  paymentWarmup: numberFrom('BENCH_PAYMENT_WARMUP', 20),
  expiryTotal: numberFrom('BENCH_EXPIRY_TOTAL', 10_000),
  rolloutDelayMs: numberFrom('BENCH_ROLLOUT_DELAY_MS', 2000),
  workflowWaitMs: numberFrom('BENCH_WORKFLOW_WAIT_MS', 1000),
  webhookSamples: numberFrom('BENCH_WEBHOOK_SAMPLES', 100),
  webhookEvents: numberFrom('BENCH_WEBHOOK_EVENTS', 400),
  webhookCustomers: numberFrom('BENCH_WEBHOOK_CUSTOMERS', 10),
  webhookEndpoints: numberFrom('BENCH_WEBHOOK_ENDPOINTS', 2),
  queueConcurrency: numberFrom('BENCH_QUEUE_CONCURRENCY', 4),
  meteringInstances: numberFrom('BENCH_METERING_INSTANCES', 100),
  podHealthInstances: numberFrom('BENCH_POD_HEALTH_INSTANCES', 100),
  backupMiB: numberFrom('BENCH_BACKUP_MIB', 128),
  backupRuns: numberFrom('BENCH_BACKUP_RUNS', 3),
  backupOverheadRuns: numberFrom('BENCH_BACKUP_OVERHEAD_RUNS', 5),
};

// The CDK app runs with the environment as it was, before the local platform adds its own variables.
const startEnv = { ...process.env };
// The in-process platform would log a line per request; the table is what this run prints. This must be
// set before the logger module loads, hence the dynamic imports below.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
// Likewise the metrics' EMF lines (one per heartbeat under load); what they cost is a JSON line on stdout.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

const { LOCAL_EVENT_BUS_NAME, startLocalPlatform } = await import('../infra/local/local-platform');
const { handlerModules, prepareBundles } = await import('./bundles');
const { prepareBeforeBundles } = await import('./before-bundles');
const { coldStartTargetLines, coldStartTargetSummary } = await import('./cold-start-targets');
const { measureGranularity, granularityLines } = await import('./granularity-run');
const { clusterHandlers } = await import('../infra/aws/function-access');
const { routes, fallbackHandler } = await import('../functions/routes');
const { BENCH_ADMIN_EMAIL, loginCustomer, registerCustomer } = await import('./bench-callers');
const { measureColdStarts } = await import('./cold-start');
const { measureAuthLatency, measureCatalogLatency } = await import('./latency');
const { countDynamoDbRequests, readExceptions } = await import('./dynamodb-requests');
const { measureHeartbeatIngestion } = await import('./heartbeats');
const { measureDocsPage } = await import('./docs-page');
const { measureProvisioning } = await import('./provisioning');
const { measureRealClusterProvisioning } = await import('./real-cluster-run');
const { measureWebhookDelivery } = await import('./webhooks');
const { measureMetering, meteringLines } = await import('./metering');
const { measurePodHealth, podHealthLines } = await import('./pod-health');
const { measureInboundPayments } = await import('./inbound-payments');
const { measureExpiry } = await import('./expiry');
const { backupThroughputLines, measureBackupThroughput } = await import('./backup-throughput');
const { backupOverheadLines, measureBackupOverhead } = await import('./backup-overhead');
const { measureDomainChecks } = await import('./domain-checks');
const { startDnsServer } = await import('../test/support/dns-server');
const { table, writeResults } = await import('./report');
const { customerCostLines, customerMonthCost, measuredCounts } = await import('./customer-cost');
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

type Provisioning = Awaited<ReturnType<typeof measureProvisioning>>;
const provisioningLines = (p: Provisioning): string =>
  [
    table(
      `Provisioning: ${p.runs} n8n subscriptions one after another (ms; simulated rollout ${p.rolloutDelayMs} ms, rollout polled every ${p.pollWaitMs} ms)`,
      ['what', 'p50', 'p99', 'x p50', 'x p99'],
      [
        ['POST /v1/subscriptions → ACTIVE', p.postToActiveMs.p50, p.postToActiveMs.p99, undefined, undefined],
        ['  platform share (less the rollout delay)', p.platformShareMs.p50, p.platformShareMs.p99, undefined, undefined],
        [`  outside the ${p.rolloutPolls} Waits between rollout polls`, p.outsideWaitsMs.p50, p.outsideWaitsMs.p99, undefined, undefined],
        ['POST /v1/subscriptions (202)', p.createRouteMs.p50, p.createRouteMs.p99, p.createRatio.p50, p.createRatio.p99],
        ['  baseline: its TransactWriteItems, raw', p.rawTransactionMs.p50, p.rawTransactionMs.p99, 1, 1],
        ['cancel → DELETED', p.deprovisionMs.p50, p.deprovisionMs.p99, undefined, undefined],
      ],
    ),
    `Kubernetes API calls (median): ${p.kubernetesCalls.provision} per provisioning (${Object.entries(p.kubernetesCalls.byVerb ?? {}).map(([verb, n]) => `${n} ${verb}`).join(', ')}), ${p.kubernetesCalls.deprovision} per deprovisioning.`,
    `DynamoDB requests (median): ${p.dynamodbRequests.createRoute} by the create route, ${p.dynamodbRequests.workflow} by the provisioning workflow and the outbox forwarding (${Object.entries(p.dynamodbRequests.byOperation ?? {}).map(([op, n]) => `${n} ${op}`).join(', ')} with the route's), ${p.dynamodbRequests.deprovision} by cancel + deprovisioning.`,
  ].join('\n');

type InboundPayments = Awaited<ReturnType<typeof measureInboundPayments>>;
const inboundPaymentLines = (p: InboundPayments): string =>
  [
    table(
      `Inbound payment webhooks: invoice.paid signed with Stripe's test helper, a new event id each, over HTTP (ms; ${p.samples} after ${p.warmup} warm-up, alternating with the baselines)`,
      ['what', 'p50', 'p99', 'x p50', 'x p99', 'errors'],
      [
        ['POST /v1/hooks/payments (verify, record, renew)', p.httpMs.p50, p.httpMs.p99, undefined, undefined, p.errors],
        ['  baseline: the signature check alone', p.signatureOnlyMs.p50, p.signatureOnlyMs.p99, p.ratioToSignature.p50, p.ratioToSignature.p99, undefined],
        ["  baseline: the ledger's raw conditional PutItem", p.rawPutMs.p50, p.rawPutMs.p99, p.ratioToPut.p50, p.ratioToPut.p99, undefined],
      ],
    ),
    `DynamoDB requests per payment (median): ${p.dynamodb.requestsPerPayment} (${Object.entries(p.dynamodb.byOperation).map(([op, n]) => `${n} ${op}`).join(' + ')}).`,
  ].join('\n');

type WebhookDelivery = Awaited<ReturnType<typeof measureWebhookDelivery>>;
const operationCounts = (counts: Record<string, number>) => Object.entries(counts).map(([op, n]) => `${n} ${op}`).join(' + ');
/** `1 UpdateItem WEBHOOKLOG/DELIVERY, 0.1 BatchGetItem` (a long transaction's parts counted, not listed). */
const requestKinds = (perDelivery: Record<string, number>) =>
  Object.entries(perDelivery)
    .map(([kind, count]) => {
      const parts = kind.split(' + ');
      return `${count} ${parts.length > 4 ? `${parts[0]!.split(' ')[0]} of ${parts.length} items (${[...new Set(parts.map((part) => part.replace(/^\S+ (?=\S+ )/, '')))].join(', ')})` : kind}`;
    })
    .join(', ') || 'none';

const webhookLines = (w: WebhookDelivery): string => {
  const t = w.throughput;
  return [
    table(
      `Webhook delivery: ${w.eventType} committed to the outbox → POST at a receiver on loopback, one at a time (ms; ${w.latency.samples} events after ${w.latency.warmup} warm-up)`,
      ['what', 'p50', 'p99'],
      [
        ['commit → first delivery attempt at the receiver', w.latency.totalMs.p50, w.latency.totalMs.p99],
        ['  the commit (TransactWriteItems)', w.latency.commitMs.p50, w.latency.commitMs.p99],
        ['  commit → on the bus and the fan-out queue (stream poller)', w.latency.toBusMs.p50, w.latency.toBusMs.p99],
        ['  bus → receiver (fan-out, delivery queue, POST)', w.latency.busToReceiverMs.p50, w.latency.busToReceiverMs.p99],
      ],
    ),
    table(
      `Webhook throughput: ${t.events} events over ${t.customers} customers × ${t.endpointsPerCustomer} endpoints, committed in ${t.publishMs} ms`,
      ['deliveries', 'delivered', 'seconds', 'per s', 'raw writes per s', 'x raw', 'lost', 'duplicated', 'sequences complete', 'DynamoDB requests each', 'of which delivery', 'of which fan-out'],
      [
        [
          t.expected,
          t.delivered,
          t.seconds,
          t.perSecond,
          t.rawWrites.perSecond,
          t.ratioToRawWrites,
          t.lost,
          t.duplicated,
          t.sequencesComplete ? 'yes' : 'NO',
          t.dynamodb.perDelivery,
          t.dynamodb.deliveryConsumer.perDelivery,
          t.dynamodb.fanOut.perDelivery,
        ],
      ],
    ),
    `DynamoDB requests of the throughput run (commits, outbox, fan-out, deliveries): ${operationCounts(t.dynamodb.byOperation)}; the delivery consumer's: ${operationCounts(t.dynamodb.deliveryConsumer.byOperation)}; the fan-out's: ${operationCounts(t.dynamodb.fanOut.byOperation)}. Raw writes: ${t.rawWrites.concurrency} loops of one UpdateItem for ${t.rawWrites.seconds} s on the same client, right after.`,
    `Per delivery, by what each request touched: the delivery consumer's ${requestKinds(t.dynamodb.deliveryConsumer.byRequest)}; the fan-out's ${requestKinds(t.dynamodb.fanOut.byRequest)}; the rest ${requestKinds(t.dynamodb.other)}.`,
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
        ['GET /docs: every operation in the page', d.allOperationsMs.p50, d.allOperationsMs.p99, ratio(d.allOperationsMs.p50, d.openApiAloneMs.p50), ratio(d.allOperationsMs.p99, d.openApiAloneMs.p99), undefined, undefined, undefined],
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
const beforeBundling =
  settings.beforeRef === 'none'
    ? Promise.resolve({ skipped: 'BENCH_BEFORE_REF=none' })
    : prepareBeforeBundles(repoRoot, settings.beforeRef, join(tmpdir(), 'paas-bench-before'), handlerModules()).catch((error: unknown) => ({
        skipped: `bundling ${settings.beforeRef} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      }));
// A real DNS server on loopback for the domain checks: the handlers read DNS_RESOLVER when first used.
const dns = await startDnsServer();
process.env.DNS_RESOLVER = dns.address;
const platform = await startLocalPlatform({
  port: 0,
  seed: true,
  simulatedCluster: { rolloutDelayMs: settings.rolloutDelayMs },
  workflowWaitMilliseconds: settings.workflowWaitMs,
  queuePollerConcurrency: settings.queueConcurrency,
}).catch(async (error: unknown) => {
  await bundling.catch(() => undefined);
  throw error;
});
// Ctrl-C still stops DynamoDB Local (a Java process in its own group) before leaving.
process.once('SIGINT', () => void platform.stop().finally(() => process.exit(130)));
const failures: string[] = [];
try {
  step('credentials: an admin token from the local platform, a customer registered over HTTP');
  const adminToken = await platform.mintAdminToken({ email: BENCH_ADMIN_EMAIL });
  const customer = await registerCustomer(platform, { email: 'bench-customer@example.com', name: 'Bench customer' });

  step('DynamoDB requests per API operation (while bundling: this counts, it does not time)');
  const waitForWorkflows = async (instanceId: string) => {
    for (const workflow of ['provision-instance', 'deprovision-instance'] as const) {
      const executionArn = `${platform.workflows.stateMachineArn(workflow).replace(':stateMachine:', ':execution:')}:${instanceId}`;
      if (platform.workflows.describe(executionArn)) await platform.workflows.wait(executionArn);
    }
    await platform.drainStreams();
  };
  // What a request sets off on the stream and then on the queues (the outbox, the webhook fan-out and
  // deliveries, notifications) is not the request's own: each row waits for both to settle.
  const settle = async () => {
    for (let round = 0; round < 2; round++) {
      await platform.drainStreams();
      await platform.queues.drain();
    }
  };
  const dynamodb = await countDynamoDbRequests(platform.url, { adminToken, customer }, settle, waitForWorkflows);
  failures.push(...dynamodb.violations);
  const loginRow = dynamodb.rows.find((r) => r.operationId === 'login');

  step('waiting for the bundles');
  const prepared = await bundling;
  const synth = prepared.reusedSynth ? 'cdk synth (reused: inputs unchanged)' : 'cdk synth';
  const bundledBy = prepared.functions.every((f) => f.source === 'cdk') ? synth : prepared.functions.some((f) => f.source === 'cdk') ? `${synth} + esbuild` : 'esbuild';
  step(`bundles from ${bundledBy}${prepared.fallbackReason ? `; esbuild because: ${prepared.fallbackReason.replaceAll('\n', '\n    ')}` : ''}`);

  const before = await beforeBundling;
  if ('skipped' in before) step(`no earlier commit to compare cold starts with: ${before.skipped}`);
  step(`cold starts: ${prepared.functions.length} functions + baseline${'skipped' in before ? '' : ` + ${before.bundles.size} of ${before.ref}`}, ${settings.coldRuns} runs each`);
  if (!('skipped' in before) && before.unbundled.size)
    step(`${before.unbundled.size} handlers could not be bundled at ${before.ref}, so they have no before column: ${[...before.unbundled].map(([handler, reason]) => `${handler} (${reason})`).join('; ')}`);
  const identity = Object.fromEntries(
    ['CUSTOMER_TOKEN_LOCAL_KEY_FILE', 'ADMIN_USER_POOL_ID', 'ADMIN_CLIENT_ID', 'ADMIN_LOCAL_JWKS_FILE'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );
  const cold = await measureColdStarts(
    prepared,
    { dynamoDbEndpoint: platform.dynamoDbEndpoint, tableName: platform.tableName, eventBusName: LOCAL_EVENT_BUS_NAME, identity },
    settings.coldRuns,
    'skipped' in before ? undefined : before,
  );
  failures.push(...cold.results.filter((r) => r.failure).map((r) => `cold start of ${r.handler}: ${r.failure}`));
  step('function granularity: a day of typical customers replayed against warm containers, per way of cutting the API');
  const granularity = measureGranularity(cold.results);
  const coldTargets = coldStartTargetSummary(cold.results, {
    cluster: new Set(clusterHandlers),
    http: new Set([...routes.map((r) => r.handler), fallbackHandler]),
  });

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

  // A fresh sign-in for the sections that act as the customer: on a loaded machine the run reaches them
  // after its first access token (15 minutes) has expired.
  customer.session = await loginCustomer(platform.url, customer.email, customer.password);
  step(`provisioning: ${settings.provisionRuns} subscriptions one after another, POST → ACTIVE → cancel → DELETED (simulated rollout ${settings.rolloutDelayMs} ms, rollout polled every ${settings.workflowWaitMs} ms)`);
  const provisioning = await measureProvisioning(platform, adminToken, customer, {
    runs: settings.provisionRuns,
    rolloutDelayMs: settings.rolloutDelayMs,
    pollWaitMs: settings.workflowWaitMs,
  }).catch((error: unknown) => {
    failures.push(`provisioning: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

  step(`backup overhead: one n8n instance backed up ${settings.backupOverheadRuns} times, request → COMPLETED, DynamoDB requests`);
  const backupOverhead = await measureBackupOverhead(platform, adminToken, customer, { runs: settings.backupOverheadRuns, jobPollMs: settings.workflowWaitMs }).catch((error: unknown) => {
    failures.push(`backup overhead: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

  step('custom domains: DNS queries, DynamoDB and Kubernetes requests per check (missing records, verified, already verified)');
  const domainChecks = await measureDomainChecks(platform, adminToken, customer, dns).catch((error: unknown) => {
    failures.push(`domain checks: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

  step(`provisioning on the real control plane: ${settings.realProvisionRuns} subscriptions one after another (a process of its own)`);
  const realProvisioning = await measureRealClusterProvisioning(settings.realProvisionRuns, settings.workflowWaitMs).catch((error: unknown) => {
    failures.push(`real-cluster provisioning: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

  step(`expiry job: ${settings.expiryTotal} active subscriptions, 10 then 100 of them due`);
  const expiry = await measureExpiry(platform, adminToken, { total: settings.expiryTotal, fewDue: 10, manyDue: 100 }).catch((error: unknown) => {
    failures.push(`expiry: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

  step(`usage metering job: 10, then ${settings.meteringInstances} instances in a namespace each; Kubernetes API calls per run`);
  const metering = await measureMetering(platform, adminToken, { few: 10, many: settings.meteringInstances }).catch((error: unknown) => {
    failures.push(`metering: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  // The promise of the design: two list calls a run (warm), however many instances.
  for (const r of metering?.runs.slice(1) ?? []) if (r.kubernetesCalls !== 2) failures.push(`metering: a run over ${r.instances} instances sent ${r.kubernetesCalls} Kubernetes API calls, not 2`);

  step(`pod-health check: 10, then ${settings.podHealthInstances} running instances in a namespace each; Kubernetes API calls per run`);
  const podHealth = await measurePodHealth(platform, adminToken, { few: 10, many: settings.podHealthInstances }).catch((error: unknown) => {
    failures.push(`pod health: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  // One label-selected list per workload kind (Deployment, StatefulSet) a run (warm), however many instances.
  for (const r of podHealth?.runs.slice(1) ?? []) if (r.kubernetesCalls !== 2) failures.push(`pod health: a run over ${r.instances} instances sent ${r.kubernetesCalls} Kubernetes API calls, not 2`);
  for (const r of podHealth?.runs ?? []) if (r.degraded) failures.push(`pod health: ${r.degraded} Ready instances were marked DEGRADED`);

  step(`inbound payments: ${settings.paymentWarmup} warm-up + ${settings.paymentSamples} signed invoice.paid events over HTTP, alternating with the signature check alone and the raw conditional PutItem`);
  const inboundPayments = await measureInboundPayments(platform, adminToken, { warmup: settings.paymentWarmup, samples: settings.paymentSamples }).catch((error: unknown) => {
    failures.push(`inbound payments: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (inboundPayments?.errors) failures.push(`inbound payments: ${inboundPayments.errors} payments were not applied`);

  step(`webhook delivery: ${settings.webhookSamples} events one at a time, then ${settings.webhookEvents} over ${settings.webhookCustomers} customers × ${settings.webhookEndpoints} endpoints (queue consumers ${settings.queueConcurrency} batches side by side)`);
  const webhooks = await measureWebhookDelivery(platform, {
    latencySamples: settings.webhookSamples,
    warmup: Math.min(settings.warmup, 10),
    events: settings.webhookEvents,
    customers: settings.webhookCustomers,
    endpoints: settings.webhookEndpoints,
  }).catch((error: unknown) => {
    failures.push(`webhook delivery: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (webhooks?.throughput.lost) failures.push(`webhook delivery: ${webhooks.throughput.lost} deliveries lost`);
  if (webhooks?.throughput.duplicated) failures.push(`webhook delivery: ${webhooks.throughput.duplicated} deliveries duplicated`);
  if (webhooks && !webhooks.throughput.sequencesComplete) failures.push('webhook delivery: an endpoint’s sequence numbers were not exactly 1…n');

  step(`backup data path: ${settings.backupMiB} MiB through the backup Job's scripts (MariaDB + files → moto S3), ${settings.backupRuns} runs against raw curl copies`);
  const backupThroughput = await measureBackupThroughput({ mib: settings.backupMiB, runs: settings.backupRuns }).catch((error: unknown) => {
    failures.push(`backup data path: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });

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

  const customerCost = customerMonthCost(
    measuredCounts({
      rows: dynamodb.rows,
      latencyP50s: latency.map((r) => r.httpMs.p50),
      webhooks,
      backup: backupOverhead,
      metering,
      podHealth,
      heartbeatCapacityUnits: heartbeats.dynamodb.capacityUnitsPerHeartbeat,
    }),
  );

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
      before: 'skipped' in before ? before : { ref: before.ref, commit: before.commit, nodeOptions: before.nodeOptions, unbundled: Object.fromEntries(before.unbundled) },
      targets: coldTargets,
      granularity: {
        method:
          'model: a day of N typical customers (2 dashboard sessions of 5 calls, 1 API-key backup run with 3 polls) replayed against one pool of containers per function; a call is cold when no idle container of its function served within the idle timeout; a merged function starts as slowly as its slowest route (lower bound)',
        results: granularity,
      },
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
    provisioning: provisioning && {
      method:
        'sequential subscriptions through HTTP and the synthesized state machines on the simulated cluster: POST /v1/subscriptions until the provisioning execution ends (ACTIVE checked after), the platform share = that time less the simulated rollout delay (it includes the Wait between rollout polls, 1 s here and 5 s in AWS); Kubernetes API calls are the simulated cluster\'s requests during the run; DynamoDB requests are every command the shared document client sent (the node-health monitor\'s left out), outbox forwarding included; the create route\'s time against its own TransactWriteItems replayed raw with fresh ids, run by run',
      ...provisioning,
    },
    realClusterProvisioning: realProvisioning && {
      method:
        'bench/real-cluster-provisioning.ts in its own process: the real control plane of infra/real-cluster started from the built cache (its start timed), the platform on it as its least-privileged user, sequential n8n subscriptions (one warm-up left out): POST /v1/subscriptions until ACTIVE; the cluster share = first pod created → last pod Ready from the pods\' own timestamps (whole seconds; kwok reports Ready at once), the platform share = the rest; Kubernetes API requests = audit-log events of the platform\'s user, median. Then on each instance an upgrade (1.64.0 → 1.65.0, POST …/instance/upgrade until RUNNING on it: the pre-upgrade backup Job, played by the local runner, the new image and its rollout) and a plan change (starter → pro, POST …/change-plan until RUNNING with the new resources); their cluster share = the new pods\' first creation → last Ready plus the Jobs\' start → completion, and their Kubernetes requests counted the same way',
      ...realProvisioning,
    },
    expiry: expiry && {
      method:
        'active subscriptions written straight to the table (one customer, periods ending in 400 days), of which the due ones end in 3 days; the expiry job run through the local jobs endpoint as of now, every DynamoDB request it sent counted (the node-health monitor\'s left out); then the same total with ten times as many due',
      ...expiry,
    },
    metering: metering && {
      method:
        'instances made directly (each customer\'s namespace with the rendered n8n objects applied to the simulated cluster, the subscription and instance written to the table), pods running before a run; the metering job run through the local jobs endpoint at hours ahead of the real clock; Kubernetes API calls are the simulated cluster\'s requests during the run (the first run in the process also fetches the two API group documents, cached by the adapter\'s discovery after); DynamoDB requests every command the shared document client sent (the node-health monitor\'s left out); capacity as DynamoDB Local reports it (it charges nothing for a refused conditional write, DynamoDB charges 1 WCU)',
      ...metering,
    },
    podHealth: podHealth && {
      method:
        'running instances made directly as for metering (each customer\'s namespace with the rendered n8n objects applied to the simulated cluster, the subscription and instance written to the table), their pods running before a run; the pod-health job run through the local jobs endpoint; Kubernetes API calls are the simulated cluster\'s requests during the run (the first run in the process also fetches the apps/v1 group document, cached by the adapter\'s discovery after); DynamoDB requests every command the shared document client sent (the node-health monitor\'s left out)',
      ...podHealth,
    },
    inboundPayments: inboundPayments && {
      method:
        "invoice.paid events for one ACTIVE subscription, each with a new event id, signed with Stripe's generateTestHeaderString and POSTed over HTTP (verified as Stripe's constructEvent verifies, recorded in the ledger, the subscription renewed in one transaction); alternating request by request with the signature check alone on another signed body, and a raw conditional PutItem of a ledger-shaped item through the same document client; between payments (untimed) the outbox stream and the queues are drained, so each runs on an idle platform; DynamoDB requests are the commands the shared client sent during each request (the node-health monitor's left out); nearest-rank percentiles",
      ...inboundPayments,
    },
    webhooks: webhooks && {
      method:
        'through the local runtime: events committed with commitWithEvents (as every state change commits its events), then the stream poller, the local bus and rule, the fan-out and delivery queues on fauxqs polled like Lambda event sources, and a POST to a node:http receiver on loopback answering 204; latency one event at a time from before its commit to the arrival of its body, split where the event reached the local bus (after the rules sent it to the fan-out queue); throughput: events in transactions of 25 as fast as they commit, round-robin over the customers, each to every endpoint of its customer, timed from the first commit to the last arrival; lost = expected (endpoint, webhook-id) pairs that never arrived within 30 s of quiet, duplicated = extra arrivals of a pair; x raw = deliveries per second over raw UpdateItems per second (50 loops for 3 s on the same client, right after the run); DynamoDB requests counted once the queues are idle, the delivery consumer’s and the fan-out’s apart; nearest-rank percentiles',
      ...webhooks,
    },
    docsPage: docsPage && {
      method:
        "headless Chromium (Debian's chromium, playwright-core), each opening in a fresh browser context (no cache), alternating with the baseline; times from the browser's navigation start: until the first operation's element is in the page and until every operation's is (a mutation observer installed before the page's scripts), first-contentful-paint from the Performance API; baseline: /v1/openapi.json opened alone in the same browser, to its last byte (responseEnd); bytes: transferSize (headers included) and decodedBodySize of the navigation and every resource entry of the last opening; ratio = docs / baseline; nearest-rank percentiles",
      ...docsPage,
    },
    backupOverhead,
    domainChecks: domainChecks && {
      method:
        'one n8n instance on the simulated cluster with a custom domain; POST …/domains/{hostname}/verify three times against a real DNS server on loopback (dns2, the DNS_RESOLVER setting): records not served yet, then served (the domain VERIFIED, its Certificate and Ingress applied), then again once verified (its Certificate read); per check the questions the DNS server was asked, the DynamoDB requests of the shared document client and the simulated cluster\'s requests',
      checks: domainChecks,
    },
    backupThroughput: backupThroughput && {
      method:
        "backup-job/bin/paas-backup and paas-restore run with bash and the Job's variables (mysql,files) on a MariaDB 10.11 process (Debian's packages, a unix socket) and a local volume of generated data, to moto's S3 through presigned URLs; MiB/s of data = the dump's SQL plus the volume's file bytes over the wall time of the script; baselines through the same curl to the same bucket: a PUT of a plain tar of those bytes, a PUT of the backup's own archive, a GET of the archive, and the database's part alone (mariadb-dump to a file; the dump loaded with mariadb); x raw = median time over the baseline's median time; medians of the runs, alternating",
      ...backupThroughput,
    },
    dynamodb: {
      method: 'SDK commands sent by the handler while answering, ConsumedCapacity TOTAL summed (DynamoDB Local figures); real credentials',
      readExceptions,
      notes: dynamodb.notes,
      results: dynamodb.rows,
    },
    customerCost: {
      method:
        "bench/customer-cost.ts: this run's DynamoDB requests per unit of work (a customer API call: the median of the counting run's signed-in 2xx customer routes; a webhook delivery; a backup; an instance's share of a metering and a pod-health run; a heartbeat's capacity) turned into request units, times a typical customer's month (assumed, listed), at us-east-1 list prices (listed); Lambda billed at the measured p50 of the latency routes for API calls, an assumed duration for consumers and tasks",
      ...customerCost,
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
        `Cold start (bundles: ${bundledBy}; NODE_OPTIONS=${cold.nodeOptions || '(none)'}; median of ${settings.coldRuns}` +
          `${'skipped' in before ? '' : `; "before": the same function at ${before.commit.slice(0, 7)} (${before.ref}), NODE_OPTIONS=${before.nodeOptions || '(none)'}, in the same rounds`})`,
        ['module', 'function (its bundle)', 'bundle', 'invocation', 'result', 'KiB', 'total ms', 'import ms', 'invoke ms', 'x baseline', 'before KiB', 'before ms', 'before x'],
        cold.results.map((r) => [r.handler, r.function === r.handler ? '=' : r.function, r.source, r.invocation, r.outcome, r.sizeKiB, r.medianMs.total, r.medianMs.import, r.medianMs.invoke, r.ratio, r.before?.sizeKiB ?? '-', r.before?.totalMs ?? '-', r.before?.ratio ?? '-']),
      ) +
        '\n' +
        coldStartTargetLines(coldTargets, 'skipped' in before ? undefined : before.commit.slice(0, 7)) +
        '\n' +
        granularityLines(granularity),
      [
        table(
          'Latency through the local runtime over HTTP against a baseline in this process (ms; n requests after the warm-up)',
          ['route', 'n', 'baseline', 'http p50', 'base p50', 'x p50', 'http p99', 'base p99', 'x p99'],
          latency.map((r) => [r.route, r.samples, r.baseline ?? '-', r.httpMs.p50, r.baselineMs?.p50, r.ratio?.p50, r.httpMs.p99, r.baselineMs?.p99, r.ratio?.p99]),
        ),
        ...loginLines,
      ].join('\n'),
      heartbeatLines(heartbeats),
      ...(provisioning ? [provisioningLines(provisioning)] : []),
      ...(realProvisioning
        ? [
            [
              `Provisioning on the real control plane (kube-apiserver ${'v1.36.3'}, kwok nodes; started from the built cache in ${realProvisioning.clusterStartMs} ms), ${realProvisioning.runs} n8n subscriptions, rollout polled every ${realProvisioning.pollWaitMs} ms:`,
              `  POST → ACTIVE p50 ${realProvisioning.totalMs.p50} ms, p95 ${realProvisioning.totalMs.p95} ms; the cluster's own share (pods created → Ready) p50 ${realProvisioning.clusterShareMs.p50} ms; the platform's share p50 ${realProvisioning.platformShareMs.p50} ms, p95 ${realProvisioning.platformShareMs.p95} ms.`,
              `  Kubernetes API requests by the platform (audit log, median): ${realProvisioning.kubernetesRequests.provision} per provisioning, ${realProvisioning.kubernetesRequests.deprovision} per deprovisioning.`,
              ...(
                [
                  ['Upgrade (1.64.0 → 1.65.0, with its pre-upgrade backup Job)', realProvisioning.upgrade],
                  ['Plan change (starter → pro, the volume grown)', realProvisioning.planChange],
                ] as const
              ).map(
                ([what, o]) =>
                  `  ${what}: POST → RUNNING p50 ${o.totalMs.p50} ms, p95 ${o.totalMs.p95} ms; the cluster's share (new pods → Ready, Jobs) p50 ${o.clusterShareMs.p50} ms; the platform's share p50 ${o.platformShareMs.p50} ms, p95 ${o.platformShareMs.p95} ms; ${o.kubernetesRequests} Kubernetes API requests (median).`,
              ),
            ].join('\n'),
          ]
        : []),
      ...(expiry
        ? [
            [
              table(
                `Expiry job over ${expiry.runs[0]!.total} active subscriptions (written in ${expiry.seedSeconds} s)`,
                ['due', 'ms', 'DynamoDB requests', 'capacity', 'operations', 'read from the due index'],
                expiry.runs.map((r) => [r.due, r.ms, r.requests, r.capacityUnits, Object.entries(r.operations).map(([op, n]) => `${n} ${op}`).join(' + '), Object.entries(r.read).map(([phase, n]) => `${phase} ${n}`).join(', ')]),
              ),
              `Ten times as many due (${expiry.dueRatio} x): ${expiry.requestRatio} x the requests and ${expiry.timeRatio} x the time, the total unchanged.`,
            ].join('\n'),
          ]
        : []),
      ...(metering ? [meteringLines(metering)] : []),
      ...(podHealth ? [podHealthLines(podHealth)] : []),
      ...(inboundPayments ? [inboundPaymentLines(inboundPayments)] : []),
      ...(webhooks ? [webhookLines(webhooks)] : []),
      ...(docsPage ? [docsPageLines(docsPage)] : []),
      ...(backupThroughput ? [backupThroughputLines(backupThroughput)] : []),
      ...(backupOverhead ? [backupOverheadLines(backupOverhead)] : []),
      ...(domainChecks
        ? [
            [
              'Custom domain checks (POST …/verify against a real DNS server on loopback):',
              ...domainChecks.map(
                (c) =>
                  `  ${c.check} (${c.status}): ${c.dnsQueries} DNS queries, ${Object.values(c.dynamodbRequests).reduce((a, b) => a + b, 0)} DynamoDB requests (${Object.entries(c.dynamodbRequests).map(([op, n]) => `${op} ${n}`).join(', ')}), ${Object.values(c.kubernetesRequests).reduce((a, b) => a + b, 0)} Kubernetes requests`,
              ),
            ].join('\n'),
          ]
        : []),
      customerCostLines(customerCost),
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
  await dns.close();
}

if (failures.length) {
  console.error(`\nbench: FAILED\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
process.exit(0);
