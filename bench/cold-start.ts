import { spawn } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionBundling } from '../infra/aws/function-bundling';
import type { BeforeBundles } from './before-bundles';
import type { FunctionBundle, PreparedBundles } from './bundles';
import { type Bundle, loadedKiB } from './esbuild-bundle';
import { coldStartEvent } from './function-events';
import { median, msSince, ratio, round } from './stats';

const runner = fileURLToPath(new URL('./fixtures/invoke-once.mjs', import.meta.url));
/** What the functions run with (infra/aws/function-bundling.ts); used when the template does not say. */
const DEFAULT_NODE_OPTIONS = functionBundling.nodeOptions;
const CHILD_TIMEOUT_MS = 30_000;

export interface ColdStartTarget {
  /** DynamoDB Local the functions that read or write the table talk to. */
  dynamoDbEndpoint: string;
  tableName: string;
  eventBusName: string;
  /**
   * Identity settings of the local platform (its customer signing key file, the local admin pool and JWKS),
   * in place of the stack's KMS key and Cognito pool, which the template gives as references.
   */
  identity: Record<string, string>;
}

interface ChildReport {
  bootMs?: number;
  importMs?: number;
  invokeMs?: number;
  statusCode?: number;
  batchItemFailures?: number;
  error?: string;
}

export interface ColdStartResult {
  /** The handler module whose first request (or event) the cold start served. */
  handler: string;
  /** The Lambda function whose bundle ran it: the module's own, or its route group's HTTP function. */
  function: string;
  source: FunctionBundle['source'] | 'baseline' | 'floor';
  invocation: string;
  outcome: string;
  sizeKiB: number;
  /** What a cold start of this route reads of its split HTTP function (bench/esbuild-bundle.ts loadedKiB); absent for a one-file bundle. */
  loadedKiB?: number;
  /** Medians, in ms, of: spawn to exit (the whole cold start), Node's boot, the import, the invocation. */
  medianMs: { total: number; boot: number; import: number; invoke: number };
  /** Median total cold start over the baseline's. */
  ratio: number;
  samplesMs: number[];
  failure?: string;
  /** The same function at the earlier commit (bench/before-bundles.ts), cold-started in the same rounds. */
  before?: { sizeKiB: number; totalMs: number; ratio: number; failure?: string };
}

const runOnce = (bundle: Bundle, event: unknown, env: NodeJS.ProcessEnv): Promise<{ wallMs: number; report: ChildReport }> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [runner, bundle.file, JSON.stringify(event)], { cwd: dirname(bundle.file), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    // A start that hangs (a request that never returns) is reported, not waited for.
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = msSince(started);
      const line = stdout.split('\n').find((l) => l.startsWith('@@bench '));
      const report: ChildReport = line ? (JSON.parse(line.slice('@@bench '.length)) as ChildReport) : { error: `exited with ${code ?? 'a kill (over 30 s?)'} without a report: ${stderr.trim().slice(-500)}` };
      resolve({ wallMs, report });
    });
  });

const outcomeOf = (report: ChildReport): { outcome: string; failure?: string } => {
  if (report.error) return { outcome: 'error', failure: report.error.split('\n').slice(0, 3).join(' | ') };
  if (report.statusCode !== undefined) {
    return { outcome: String(report.statusCode), failure: report.statusCode >= 500 ? `answered ${report.statusCode}` : undefined };
  }
  if (report.batchItemFailures !== undefined) return { outcome: `${report.batchItemFailures} failed items`, failure: report.batchItemFailures ? 'reported failed items' : undefined };
  return { outcome: 'ok' };
};

/**
 * What the local platform has for variables the template sets by reference: the queues' URLs (fauxqs; the
 * local platform puts them in this process's environment) and SQS's endpoint with them. A deployed function
 * has them, and its configuration refuses to start without them. Other references (ARNs of the key, the
 * pool, secrets) stay unset, as before: the target's identity settings stand in for those.
 */
const localValuesOf = (references: readonly string[]): Record<string, string> => {
  const queueVariables = references.filter((name) => /^(QUEUE_URL|DLQ_URL)_/.test(name) && process.env[name] !== undefined);
  if (!queueVariables.length) return {};
  return { ...Object.fromEntries(queueVariables.map((name) => [name, process.env[name]!])), ...(process.env.AWS_ENDPOINT_URL_SQS && { AWS_ENDPOINT_URL_SQS: process.env.AWS_ENDPOINT_URL_SQS }) };
};

/**
 * Cold-starts every bundle in a fresh Node process `runs` times, the bundles interleaved and rotated each
 * round so drift and load hit all alike, and compares the medians to the baseline's.
 */
export const measureColdStarts = async (
  prepared: PreparedBundles,
  target: ColdStartTarget,
  runs: number,
  before?: BeforeBundles,
): Promise<{ nodeOptions: string; results: ColdStartResult[] }> => {
  const nodeOptions = prepared.functions.find((f) => f.environment.NODE_OPTIONS)?.environment.NODE_OPTIONS ?? DEFAULT_NODE_OPTIONS;
  const items = [
    { bundle: prepared.baseline, function: 'baseline', source: 'baseline' as const, environment: {} as Record<string, string>, nodeOptions, ...coldStartEvent('baseline') },
    { bundle: prepared.floor, function: 'floor', source: 'floor' as const, environment: {} as Record<string, string>, nodeOptions, description: 'GetItem of one key', event: {} },
    ...prepared.floorParts.map(({ bundle, invocation }) => ({
      bundle,
      function: 'floor',
      source: 'floor' as const,
      environment: {} as Record<string, string>,
      nodeOptions,
      description: invocation,
      event: {},
    })),
    ...prepared.functions.map((f) => ({
      bundle: f as Bundle,
      function: f.function,
      source: f.source,
      environment: { ...f.environment, ...localValuesOf(f.references ?? []) },
      nodeOptions,
      ...coldStartEvent(f.handler),
    })),
  ];
  // The earlier commit's bundles run in the same rounds, with the NODE_OPTIONS of their day.
  const beforeItems = prepared.functions.flatMap((f) => {
    const bundle = before?.bundles.get(f.handler);
    // The environment the function gets today: the earlier commit's code needs no more than that.
    return bundle ? [{ bundle, source: f.source, environment: { ...f.environment, ...localValuesOf(f.references ?? []) }, nodeOptions: before!.nodeOptions, ...coldStartEvent(f.handler) }] : [];
  });
  const all = [...items, ...beforeItems];
  const envOf = (environment: Record<string, string>, handler: string, options: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: options,
    // A KMS key id given as a plain string would send the signing functions to real KMS: never from here.
    ...Object.fromEntries(Object.entries(environment).filter(([name]) => name !== 'CUSTOMER_TOKEN_KMS_KEY_ID')),
    ...target.identity,
    TABLE_NAME: target.tableName,
    EVENT_BUS_NAME: target.eventBusName,
    AWS_ENDPOINT_URL_DYNAMODB: target.dynamoDbEndpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_LAMBDA_FUNCTION_NAME: handler.replaceAll('/', '-'),
    // The local platform's cluster (it sets KUBECONFIG in this process): a job that lists, such as usage
    // metering, reaches it as in the runtime, instead of finding no cluster configured.
    ...(process.env.KUBECONFIG && { KUBECONFIG: process.env.KUBECONFIG }),
  });

  // One discarded start first: the very first spawn pays for warming what every later one shares.
  await runOnce(items[0]!.bundle, items[0]!.event, envOf({}, 'baseline', nodeOptions));
  const samples = all.map(() => [] as { wallMs: number; report: ChildReport }[]);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < all.length; k++) {
      const i = (k + round) % all.length;
      const item = all[i]!;
      samples[i]!.push(await runOnce(item.bundle, item.event, envOf(item.environment, item.bundle.handler, item.nodeOptions)));
    }
  }

  const medianOf = (list: { wallMs: number; report: ChildReport }[], pick: (s: { wallMs: number; report: ChildReport }) => number | undefined) =>
    round(median(list.map(pick).filter((v): v is number => v !== undefined)), 1);
  const baselineTotal = median(samples[0]!.map((s) => s.wallMs));
  const beforeOf = (handler: string): ColdStartResult['before'] => {
    const index = beforeItems.findIndex((b) => b.bundle.handler === handler);
    if (index < 0) return undefined;
    const list = samples[items.length + index]!;
    const total = median(list.map((s) => s.wallMs));
    return { sizeKiB: beforeItems[index]!.bundle.sizeKiB, totalMs: round(total, 1), ratio: ratio(total, baselineTotal), failure: list.map((s) => outcomeOf(s.report).failure).find(Boolean) };
  };
  const results = items.map((item, i): ColdStartResult => {
    const list = samples[i]!;
    const failed = list.find((s) => outcomeOf(s.report).failure);
    const { outcome, failure } = outcomeOf((failed ?? list[list.length - 1]!).report);
    const total = median(list.map((s) => s.wallMs));
    const routeKey = (item.event as { routeKey?: string } | undefined)?.routeKey;
    const loaded = routeKey ? loadedKiB(item.bundle.file, routeKey) : undefined;
    return {
      handler: item.bundle.handler,
      function: item.function,
      source: item.source,
      invocation: item.source === 'baseline' ? `noop (${basename(item.bundle.file)})` : item.description,
      outcome,
      sizeKiB: item.bundle.sizeKiB,
      ...(loaded !== undefined ? { loadedKiB: loaded } : {}),
      medianMs: {
        total: round(total, 1),
        boot: medianOf(list, (s) => s.report.bootMs),
        import: medianOf(list, (s) => s.report.importMs),
        invoke: medianOf(list, (s) => s.report.invokeMs),
      },
      ratio: ratio(total, baselineTotal),
      samplesMs: list.map((s) => round(s.wallMs, 1)),
      failure,
      before: beforeOf(item.bundle.handler),
    };
  });
  return { nodeOptions, results };
};
