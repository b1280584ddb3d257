import { DeleteCommand, TransactWriteCommand } from '../shared/aws/dynamodb';
import { ulid } from 'ulid';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { type BenchCustomer, createAgentToken, heartbeatBody, registerNode, sendJson } from './bench-callers';
import { attachCapacityRecorder, type RecordedCommand } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { summary, timed } from './latency';
import { percentile, ratio, round } from './stats';

/**
 * Provisioning as a customer feels it, one subscription after another through HTTP and the synthesized
 * state machines on the simulated cluster: POST /v1/subscriptions → ACTIVE, less the simulated rollout
 * delay, is the platform's own share; the Kubernetes API calls and DynamoDB requests each provisioning and
 * each deprovisioning sends; and the create route against the raw TransactWriteItems it sends, replayed
 * with fresh ids, alternating run by run.
 */
export interface ProvisioningOptions {
  runs: number;
  /** Runs first and left out: the first start synthesizes the state machines and warms every handler. */
  warmupRuns?: number;
  /** The simulated cluster's rollout delay: what a real rollout would take, not the platform's. */
  rolloutDelayMs: number;
  /** How long the local Wait between rollout polls lasts (AWS: 5 s). */
  pollWaitMs: number;
}

const NODE = 'bench-provisioning';

const byOperation = (commands: RecordedCommand[]) => {
  const counts: Record<string, number> = {};
  for (const command of commands) counts[command.operation] = (counts[command.operation] ?? 0) + 1;
  return counts;
};

const diffCounts = (before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>) => {
  const byVerb: Record<string, number> = {};
  let total = 0;
  for (const [key, value] of after) {
    const delta = value - (before.get(key) ?? 0);
    if (delta <= 0) continue;
    const method = key.split(' ')[0]!;
    byVerb[method] = (byVerb[method] ?? 0) + delta;
    total += delta;
  }
  return { total, byVerb };
};

/** Every id of the recorded create in the transaction replaced by a fresh one, so its conditions hold again. */
const freshCopy = (input: Record<string, unknown>, ids: string[]) => {
  let text = JSON.stringify(input);
  for (const id of ids) text = text.replaceAll(id, ulid());
  return JSON.parse(text) as Record<string, unknown>;
};

const keysOf = (input: Record<string, unknown>) =>
  ((input.TransactItems as Array<Record<string, { Item?: Record<string, unknown>; Key?: Record<string, unknown> }>>) ?? []).flatMap((entry) =>
    Object.values(entry).flatMap((op) => (op.Item ? [{ PK: op.Item.PK, SK: op.Item.SK }] : [])),
  );

export const measureProvisioning = async (platform: LocalPlatform, adminToken: string, customer: BenchCustomer, options: ProvisioningOptions) => {
  const cluster = platform.kubernetes?.simulatedCluster;
  if (!cluster) throw new Error('the provisioning bench needs the simulated cluster (unset KUBECONFIG)');
  const db = dynamoDocumentClient();
  const agent = await createAgentToken(platform.url, adminToken, 'bench-provisioning');
  await registerNode(platform.url, agent.token, NODE);
  const heartbeat = async () => {
    const answer = await sendJson(platform.url, 'POST', '/v1/agent/heartbeat', { token: agent.token, body: heartbeatBody(NODE) });
    if (answer.status !== 204) throw new Error(`heartbeat answered ${answer.status}`);
  };
  const token = customer.session.accessToken;
  const recorder = attachCapacityRecorder(db);
  const executionArn = (workflow: 'provision-instance' | 'deprovision-instance', instanceId: string) =>
    `${platform.workflows.stateMachineArn(workflow).replace(':stateMachine:', ':execution:')}:${instanceId}`;

  const rows: Array<{
    totalMs: number; createMs: number; rawMs: number; deprovisionMs: number; rolloutPolls: number;
    kubernetes: { provision: number; deprovision: number; byVerb: Record<string, number> };
    dynamodb: { create: number; workflow: number; deprovision: number; byOperation: Record<string, number> };
  }> = [];
  try {
    const warmup = options.warmupRuns ?? 1;
    for (let run = 0; run < warmup + options.runs; run++) {
      await heartbeat(); // keeps the node HEALTHY; sent before counting starts
      await platform.drainStreams();
      recorder.take();
      const kubeBefore = new Map(cluster.requestCounts());

      let created: { subscription: { id: string }; instance: { id: string } } | undefined;
      const started = process.hrtime.bigint();
      const createMs = await timed(async () => {
        const answer = await sendJson(platform.url, 'POST', '/v1/subscriptions', { token, body: { serviceSlug: 'n8n', planId: 'starter', name: `bench ${run}` } });
        if (answer.status !== 202) throw new Error(`POST /v1/subscriptions answered ${answer.status}: ${answer.text.slice(0, 300)}`);
        created = answer.json as typeof created;
      });
      const createCommands = recorder.take();
      const execution = await platform.workflows.wait(executionArn('provision-instance', created!.instance.id));
      const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (execution.status !== 'SUCCEEDED') throw new Error(`provisioning ${created!.instance.id} ended ${execution.status}`);
      await platform.drainStreams();
      const workflowCommands = recorder.take().filter((c) => !isHealthMonitor(c));
      const kubeProvisioned = new Map(cluster.requestCounts());
      const provisionCalls = diffCounts(kubeBefore, kubeProvisioned);

      const state = await sendJson(platform.url, 'GET', `/v1/subscriptions/${created!.subscription.id}`, { token });
      if ((state.json as { status?: string }).status !== 'ACTIVE') throw new Error(`subscription ${created!.subscription.id} is ${(state.json as { status?: string }).status}, not ACTIVE`);

      // Deprovisioning, timed from the cancel to the end of its workflow.
      recorder.take();
      const deprovisionMs = await timed(async () => {
        const cancelled = await sendJson(platform.url, 'POST', `/v1/subscriptions/${created!.subscription.id}/cancel`, { token });
        if (cancelled.status !== 202) throw new Error(`cancel answered ${cancelled.status}`);
        await platform.workflows.wait(executionArn('deprovision-instance', created!.instance.id));
      });
      await platform.drainStreams();
      const deprovisionCommands = recorder.take().filter((c) => !isHealthMonitor(c));
      const deprovisionCalls = diffCounts(kubeProvisioned, cluster.requestCounts());

      // The baseline: the create's own transaction, sent raw with fresh ids, then removed again.
      const transaction = createCommands.find((c) => c.operation === 'TransactWriteItems');
      if (!transaction) throw new Error('the create route sent no TransactWriteItems');
      const replay = freshCopy(transaction.input, [created!.subscription.id, created!.instance.id, ...new Set(JSON.stringify(transaction.input).match(/[0-9A-HJKMNP-TV-Z]{26}/g) ?? [])]);
      const rawMs = await timed(async () => void (await db.send(new TransactWriteCommand(replay as never))));
      for (const key of keysOf(replay)) await db.send(new DeleteCommand({ TableName: platform.tableName, Key: key }));
      recorder.take();

      if (run < warmup) continue;
      rows.push({
        totalMs,
        rolloutPolls: execution.events.filter((event) => event.type === 'StateEntered' && event.state === 'WaitForRollout').length,
        createMs,
        rawMs,
        deprovisionMs,
        kubernetes: { provision: provisionCalls.total, deprovision: deprovisionCalls.total, byVerb: provisionCalls.byVerb },
        dynamodb: { create: createCommands.length, workflow: workflowCommands.length, deprovision: deprovisionCommands.length, byOperation: byOperation([...createCommands, ...workflowCommands]) },
      });
    }
  } finally {
    recorder.detach();
  }

  const overhead = rows.map((r) => r.totalMs - options.rolloutDelayMs);
  // What is left once every Wait between rollout polls is taken out: the tasks, their HTTP and DynamoDB
  // calls and the runtime between states — the part that does not shrink with a faster rollout.
  const busy = rows.map((r) => r.totalMs - r.rolloutPolls * options.pollWaitMs);
  const median = (values: number[]) => round(percentile(values, 50), 1);
  return {
    runs: rows.length,
    rolloutDelayMs: options.rolloutDelayMs,
    pollWaitMs: options.pollWaitMs,
    postToActiveMs: summary(rows.map((r) => r.totalMs)),
    platformShareMs: summary(overhead),
    outsideWaitsMs: summary(busy),
    rolloutPolls: median(rows.map((r) => r.rolloutPolls)),
    createRouteMs: summary(rows.map((r) => r.createMs)),
    rawTransactionMs: summary(rows.map((r) => r.rawMs)),
    createRatio: { p50: ratio(percentile(rows.map((r) => r.createMs), 50), percentile(rows.map((r) => r.rawMs), 50)), p99: ratio(percentile(rows.map((r) => r.createMs), 99), percentile(rows.map((r) => r.rawMs), 99)) },
    deprovisionMs: summary(rows.map((r) => r.deprovisionMs)),
    kubernetesCalls: { provision: median(rows.map((r) => r.kubernetes.provision)), deprovision: median(rows.map((r) => r.kubernetes.deprovision)), byVerb: rows.at(-1)?.kubernetes.byVerb },
    dynamodbRequests: {
      createRoute: median(rows.map((r) => r.dynamodb.create)),
      workflow: median(rows.map((r) => r.dynamodb.workflow)),
      deprovision: median(rows.map((r) => r.dynamodb.deprovision)),
      byOperation: rows.at(-1)?.dynamodb.byOperation,
    },
  };
};
