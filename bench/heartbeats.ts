import { UpdateCommand, type UpdateCommandInput } from '../shared/aws/dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { heartbeatRoute } from '../functions/agent/agent-routes';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import { hashAgentSecret, parseAgentToken } from '../shared/workers/agent-token';
import { createAgentToken, heartbeatBody, registerNode, sendJson, type BenchAgentToken } from './bench-callers';
import { attachCapacityRecorder, type RecordedCommand } from './capacity-recorder';
import { measure, summary, type LatencyResult } from './latency';
import { msSince, percentile, ratio, round } from './stats';

const agentsWorker = fileURLToPath(new URL('./fixtures/heartbeat-agents.mjs', import.meta.url));

export interface HeartbeatSettings {
  /** Simulated nodes, each registered once under its own name and then posting heartbeats in a closed loop. */
  agents: number;
  /** Agent tokens the nodes share, round-robin (a cluster's nodes share the one token of its Secret). */
  tokens: number;
  /** The measured window, after the warm-up. */
  seconds: number;
  warmupSeconds: number;
  /** The raw heartbeat writes at the same concurrency, for the ratio under load. */
  rawSeconds: number;
  /** The alternating one-at-a-time comparison. */
  warmup: number;
  samples: number;
}

export interface HeartbeatIngestionResult {
  agents: number;
  tokens: number;
  windowSeconds: number;
  heartbeats: {
    /** Every heartbeat the agents sent, the warm-up included; what the DynamoDB requests are divided by. */
    sent: number;
    /** The heartbeats started in the measured window. */
    measured: number;
    perSecond: number;
    latencyMs: { p50: number; p99: number };
    errors: number;
    statuses: Record<string, number>;
    errorSamples: string[];
  };
  dynamodb: {
    /** Every command the shared client sent while the agents ran. */
    requests: number;
    /** Those that were a heartbeat's write: one conditional UpdateItem of NODE#… (the node's copy of its token checked). */
    heartbeatUpdates: number;
    /** The scheduled node-health monitor's own requests, when a run of it fell inside the window; left out. */
    healthMonitor: number;
    /** Anything else: there should be nothing. */
    otherOperations: string[];
    /** (requests − health monitor's) / heartbeats sent. */
    requestsPerHeartbeat: number;
    capacityUnitsPerHeartbeat: number;
  };
  /** The same UpdateItems sent straight through the client by as many concurrent loops. */
  rawUnderLoad: { concurrency: number; seconds: number; requests: number; perSecond: number; latencyMs: { p50: number; p99: number }; errors: number };
  /** Heartbeat route under load over the raw UpdateItem under the same concurrency. */
  ratioUnderLoad: { p50: number; p99: number };
  /** One at a time, the route and the raw UpdateItem alternating (also a row of the latency table). */
  sequential: LatencyResult;
}

interface WorkerReport {
  sent: number;
  measured: number;
  windowMs: number;
  latencies: Float64Array;
  statuses: Record<string, number>;
  errorSamples: string[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A copy of a recorded heartbeat UpdateItem with every timestamp in it (updatedAt, lastHeartbeatAt, GSI2SK) set to now. */
const replayOf = (input: UpdateCommandInput): UpdateCommandInput => {
  const now = new Date().toISOString();
  return JSON.parse(JSON.stringify(input), (_key, value: unknown) => (typeof value === 'string' && ISO_TIME.test(value) ? now : value)) as UpdateCommandInput;
};

const pkOf = (key: unknown) => String((key as { PK?: unknown } | undefined)?.PK ?? '');
const valuesOf = (command: RecordedCommand) => (command.input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;

/** A command's condition with its `#name` placeholders replaced by the attribute names. */
const conditionOf = (command: RecordedCommand): string => {
  const names = (command.input.ExpressionAttributeNames ?? {}) as Record<string, string>;
  return String(command.input.ConditionExpression ?? '').replace(/#\w+/g, (placeholder) => names[placeholder] ?? placeholder);
};
/** The value an `attribute = :value` comparison of the condition compares with, if there is one. */
const comparedValue = (command: RecordedCommand, attribute: string): unknown => {
  const match = new RegExp(`(?:^|[\\s(])${attribute}\\s*=\\s*(:\\w+)`).exec(conditionOf(command));
  return match ? valuesOf(command)[match[1]!] : undefined;
};
const REQUIRES_NOT_REVOKED = /attribute_not_exists\(\s*tokenRevokedAt\s*\)/;

/** Splits at the ANDs outside any parentheses. */
const splitAnds = (condition: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < condition.length; i++) {
    if (condition[i] === '(') depth++;
    else if (condition[i] === ')') depth--;
    else if (depth === 0 && /^\sAND\s/i.test(condition.slice(i, i + 5))) {
      parts.push(condition.slice(start, i));
      start = i + 5;
    }
  }
  return [...parts, condition.slice(start)].map((part) => part.trim());
};
const wrappedWhole = (term: string) => {
  if (!term.startsWith('(') || !term.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === '(') depth++;
    else if (term[i] === ')') depth--;
    if (depth === 0) return false;
  }
  return true;
};
/** The terms every item must meet: the top-level conjuncts, with parenthesized conjunctions opened up. */
const conjunctsOf = (condition: string): string[] =>
  splitAnds(condition).flatMap((term) => {
    const inner = wrappedWhole(term) ? term.slice(1, -1) : undefined;
    return inner !== undefined && splitAnds(inner).length > 1 ? conjunctsOf(inner) : [term];
  });
/** A credential check inside an OR or under a NOT could be bypassed; each must be a conjunct of its own. */
const CREDENTIAL_TERMS = [/^tokenId\s*=\s*:\w+$/, /^tokenSecretHash\s*=\s*:\w+$/, /^attribute_not_exists\(\s*tokenRevokedAt\s*\)$/];

const isHeartbeatUpdate = (command: RecordedCommand) =>
  command.operation === 'UpdateItem' && pkOf(command.input.Key).startsWith('NODE#') && ':tokenId' in valuesOf(command) && ':secretHash' in valuesOf(command);

/**
 * The node-health monitor runs every minute on the local runtime's own timer and sends through the same
 * client: its two index queries (HEALTHY and UNHEALTHY partitions of GSI2) and its conditional status moves.
 */
const monitorPartitions = new Set(['HEALTHY', 'UNHEALTHY', 'OFFLINE'].map((status) => keys.nodeHealth(status, '').GSI2PK));
export const isHealthMonitor = (command: RecordedCommand) => {
  const values = valuesOf(command);
  if (command.operation === 'Query') return command.input.IndexName === 'GSI2' && Object.values(values).some((v) => monitorPartitions.has(String(v)));
  if (command.operation === 'UpdateItem') return pkOf(command.input.Key).startsWith('NODE#') && ':from' in values && ':seen' in values;
  return false;
};

/**
 * Checks that the requests one heartbeat sent are the one write the design promises: a single UpdateItem of
 * the node's item, conditional on the copy of the credential the node registered with (its token id and that
 * token's secret hash) and on the token not being revoked, each a conjunct of its own (never inside an OR),
 * beside any other condition (a stale heartbeat's). Answers what is wrong.
 */
export const checkHeartbeatRequests = (commands: RecordedCommand[], token: BenchAgentToken, nodeName: string): string | undefined => {
  if (commands.length !== 1) return `it sent ${commands.length} DynamoDB requests (${commands.map((c) => c.operation).join(' + ') || 'none'}), not one`;
  const [command] = commands as [RecordedCommand];
  const parsed = parseAgentToken(token.token);
  const condition = conditionOf(command);
  if (command.operation !== 'UpdateItem') return `it sent ${command.operation}, not UpdateItem`;
  if (command.error) return `its UpdateItem failed: ${command.error}`;
  if (!isDeepStrictEqual(command.input.Key, keys.node(nodeName))) return `its UpdateItem is of ${JSON.stringify(command.input.Key)}, not the node ${nodeName} (${keys.node(nodeName).PK})`;
  if (!condition) return 'its UpdateItem has no condition';
  const conjuncts = conjunctsOf(condition);
  const loose = CREDENTIAL_TERMS.filter((term) => !conjuncts.some((conjunct) => term.test(conjunct)));
  if (loose.length) return `its credential checks are not each a conjunct of the condition (${loose.map(String).join(', ')}): ${condition}`;
  if (comparedValue(command, 'tokenId') !== token.id) return `its condition does not compare tokenId with the token's id ${token.id}: ${condition}`;
  if (!parsed || comparedValue(command, 'tokenSecretHash') !== hashAgentSecret(parsed.secret)) return `its condition does not compare tokenSecretHash with the secret hash of the agent's token: ${condition}`;
  if (!REQUIRES_NOT_REVOKED.test(condition)) return `its condition does not require attribute_not_exists(tokenRevokedAt): ${condition}`;
  return undefined;
};

const runAgents = (baseUrl: string, agents: { token: string; body: unknown }[], warmupSeconds: number, seconds: number) =>
  new Promise<WorkerReport>((resolve, reject) => {
    const worker = new Worker(agentsWorker, { workerData: { url: baseUrl, path: heartbeatRoute.path, agents, warmupSeconds, seconds } });
    worker.once('message', (report: WorkerReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the heartbeat agents' worker exited with ${code} before reporting`)));
  });

/**
 * Heartbeat ingestion, as a fleet of nodes reports: `agents` nodes registered over HTTP (sharing `tokens`
 * agent tokens), then each posting heartbeats back to back on a worker thread for the warm-up plus the
 * measured window. Every DynamoDB request the shared client sends meanwhile is recorded: a heartbeat must be
 * exactly one, the conditional UpdateItem of its node (checked against the copy of the token the node
 * registered with, so nodes sharing a token touch no common item). The recorded UpdateItems are then replayed
 * straight through the same client, by as many concurrent loops and one at a time alternating with the
 * route, for the ratios. Returns the figures and what went wrong.
 */
export const measureHeartbeatIngestion = async (
  platform: { url: string; drainStreams: () => Promise<void> },
  adminToken: string,
  settings: HeartbeatSettings,
  progress: (text: string) => void = () => undefined,
): Promise<{ result: HeartbeatIngestionResult; violations: string[] }> => {
  const violations: string[] = [];
  const db = dynamoDocumentClient();
  const tokens: BenchAgentToken[] = [];
  for (let i = 0; i < settings.tokens; i++) tokens.push(await createAgentToken(platform.url, adminToken, `bench agents ${i + 1}`));
  const agents = Array.from({ length: settings.agents }, (_, i) => ({ name: `bench-agent-${String(i + 1).padStart(3, '0')}`, token: tokens[i % tokens.length]! }));
  // One at a time per token: a registration's transaction holds a ConditionCheck of its token's item, and
  // concurrent transactions touching the same item conflict (TransactionConflict).
  await Promise.all(tokens.map(async (token) => {
    for (const agent of agents.filter((a) => a.token === token)) await registerNode(platform.url, token.token, agent.name);
  }));
  await platform.drainStreams();
  progress(`registered ${agents.length} nodes`);

  const recorder = attachCapacityRecorder(db);
  let recorderAttached = true;
  try {
    // One heartbeat per agent, one at a time: warms the handler and records each node's own UpdateItem.
    const updates = new Map<string, UpdateCommandInput>();
    for (const agent of agents) {
      recorder.take();
      const answer = await sendJson(platform.url, 'POST', heartbeatRoute.path, { token: agent.token.token, body: heartbeatBody(agent.name) });
      // The scheduled health monitor's requests, should its timer fire meanwhile, are not the heartbeat's.
      const sent = recorder.take().filter((c) => !isHealthMonitor(c));
      if (answer.status !== 204) throw new Error(`the first heartbeat of ${agent.name} answered ${answer.status}, not 204: ${answer.text.slice(0, 300)}`);
      const wrong = checkHeartbeatRequests(sent, agent.token, agent.name);
      if (wrong) throw new Error(`the heartbeat of ${agent.name} is not one UpdateItem of ${keys.node(agent.name).PK} conditional on its token's id and secret hash and on no tokenRevokedAt: ${wrong}`);
      updates.set(agent.name, sent[0]!.input as UpdateCommandInput);
    }
    await platform.drainStreams();
    progress(`first heartbeats checked: each one UpdateItem of its node, conditional on tokenId, tokenSecretHash and no tokenRevokedAt; the agents start`);

    recorder.take();
    const report = await runAgents(
      platform.url,
      agents.map((a) => ({ token: a.token.token, body: heartbeatBody(a.name) })),
      settings.warmupSeconds,
      settings.seconds,
    );
    const commands = recorder.take();
    progress(`${report.sent} heartbeats sent; draining the stream`);
    const latencies = [...report.latencies];
    const errors = Object.entries(report.statuses).reduce((sum, [status, count]) => sum + (status === '204' ? 0 : count), 0);
    const monitor = commands.filter(isHealthMonitor);
    const counted = commands.filter((c) => !isHealthMonitor(c));
    const heartbeatUpdates = counted.filter(isHeartbeatUpdate);
    const other = counted.filter((c) => !isHeartbeatUpdate(c));
    const requestsPerHeartbeat = report.sent ? counted.length / report.sent : Number.NaN;
    const capacity = counted.reduce((sum, c) => sum + c.capacityUnits, 0);
    if (errors) violations.push(`heartbeat ingestion: ${errors} of ${report.sent} heartbeats were not 204 (${JSON.stringify(report.statuses)}); first: ${report.errorSamples.join(' | ')}`);
    if (requestsPerHeartbeat !== 1) {
      violations.push(
        `heartbeat ingestion: ${counted.length} DynamoDB requests for ${report.sent} heartbeats (${round(requestsPerHeartbeat, 4)} each, ${heartbeatUpdates.length} heartbeat UpdateItems${other.length ? `, other: ${[...new Set(other.map((c) => c.operation))].join(', ')}` : ''}); a heartbeat must be exactly one`,
      );
    }
    await platform.drainStreams();
    progress(`the raw UpdateItems, ${settings.rawSeconds} s at the same concurrency`);

    // The same UpdateItems straight through the client, by as many concurrent loops, recorder still attached.
    const raw: number[] = [];
    let rawErrors = 0;
    const rawStart = process.hrtime.bigint();
    const rawDeadline = Date.now() + settings.rawSeconds * 1000;
    await Promise.all(
      agents.map(async (agent) => {
        const input = updates.get(agent.name)!;
        while (Date.now() < rawDeadline) {
          const command = new UpdateCommand(replayOf(input));
          const start = process.hrtime.bigint();
          try {
            await db.send(command);
          } catch {
            rawErrors++;
          }
          raw.push(msSince(start));
        }
      }),
    );
    const rawElapsed = msSince(rawStart) / 1000;
    if (rawErrors) violations.push(`heartbeat ingestion: ${rawErrors} of ${raw.length} raw heartbeat UpdateItems failed`);
    recorder.detach();
    recorderAttached = false;
    await platform.drainStreams();
    progress(`one at a time, ${settings.warmup} + ${settings.samples} alternating`);

    // One at a time: the route and its raw UpdateItem alternating, for the first agent's node.
    const first = agents[0]!;
    const firstUpdate = updates.get(first.name)!;
    const sequential = await measure(
      {
        route: heartbeatRoute,
        request: `POST ${heartbeatRoute.path}`,
        http: async () => {
          const answer = await sendJson(platform.url, 'POST', heartbeatRoute.path, { token: first.token.token, body: heartbeatBody(first.name) });
          if (answer.status !== 204) throw new Error(`a heartbeat of ${first.name} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
        },
        baseline: {
          description: `UpdateItem ${keys.node(first.name).PK} (conditional on tokenId, tokenSecretHash, no tokenRevokedAt)`,
          call: async () => {
            await db.send(new UpdateCommand(replayOf(firstUpdate)));
          },
        },
      },
      { warmup: settings.warmup, samples: settings.samples },
    );

    const routeMs = summary(latencies);
    const rawMs = summary(raw);
    return {
      violations,
      result: {
        agents: settings.agents,
        tokens: settings.tokens,
        windowSeconds: round(report.windowMs / 1000, 2),
        heartbeats: {
          sent: report.sent,
          measured: report.measured,
          perSecond: round(report.measured / (report.windowMs / 1000), 1),
          latencyMs: routeMs,
          errors,
          statuses: report.statuses,
          errorSamples: report.errorSamples,
        },
        dynamodb: {
          requests: commands.length,
          heartbeatUpdates: heartbeatUpdates.length,
          healthMonitor: monitor.length,
          otherOperations: other.map((c) => (c.error ? `${c.operation}!${c.error}` : c.operation)),
          requestsPerHeartbeat: round(requestsPerHeartbeat, 4),
          capacityUnitsPerHeartbeat: report.sent ? round(capacity / report.sent, 2) : Number.NaN,
        },
        rawUnderLoad: {
          concurrency: agents.length,
          seconds: round(rawElapsed, 2),
          requests: raw.length,
          perSecond: round(raw.length / rawElapsed, 1),
          latencyMs: rawMs,
          errors: rawErrors,
        },
        ratioUnderLoad: { p50: ratio(percentile(latencies, 50), percentile(raw, 50)), p99: ratio(percentile(latencies, 99), percentile(raw, 99)) },
        sequential,
      },
    };
  } finally {
    if (recorderAttached) recorder.detach();
  }
};
