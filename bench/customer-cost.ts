import { table } from './report';
import { round } from './stats';

/**
 * What one typical customer costs the platform in AWS charges a month, from the request counts this bench
 * measures, at AWS list prices. It is a model: the counts are measured, the customer's month and the prices
 * are assumptions, printed with the result so a reader can check them and see what each change moves.
 */

/** us-east-1 list prices in USD (on-demand DynamoDB after its November 2024 cut; Lambda on arm64). */
export const AWS_LIST_PRICES = {
  dynamoWriteRequestUnit: 0.625 / 1e6,
  dynamoReadRequestUnit: 0.125 / 1e6,
  lambdaRequest: 0.2 / 1e6,
  lambdaGbSecondArm: 0.0000133334,
  httpApiRequest: 1.0 / 1e6,
  sqsRequest: 0.4 / 1e6,
  eventBridgeEvent: 1.0 / 1e6,
  stepFunctionsTransition: 0.025 / 1000,
  s3StandardGbMonth: 0.023,
  s3PutRequest: 0.005 / 1000,
  kmsRequest: 0.03 / 10_000,
} as const;

/** A typical customer's month, as the issue describes one. Every figure here is an assumption. */
export const TYPICAL_CUSTOMER = {
  instances: 1,
  /** Calls to the customer routes (console and automation), a month. */
  apiCalls: 300,
  /** Events delivered to the customer's one webhook endpoint, a month. */
  webhookEvents: 300,
  backupsPerMonth: 30,
  /** Size of one compressed archive, and how many the plan keeps (a starter plan keeps 7). */
  archiveMiB: 200,
  archivesKept: 7,
  /** The agent's default heartbeat interval (agent/src/cli-options.ts), and instances sharing one node. */
  heartbeatSeconds: 10,
  instancesPerNode: 8,
  /** Customers sharing the platform's fixed schedules (expiry, worker health, domains, cleanup, watch). */
  customersOnPlatform: 100,
  /** Memory of every function (infra/aws/constructs/platform-function.ts). */
  functionMemoryGb: 0.5,
  /** Billed duration assumed per invocation of a consumer or a workflow task (an API call uses its measured p50). */
  taskMs: 50,
  /** State transitions of one backup-instance execution: start, Job, ~6 polls, record, prune, end. */
  backupTransitions: 20,
  /** Lambda tasks of one backup execution (start Job, polls, record, prune). */
  backupTasks: 10,
} as const;

const MONTH_SECONDS = 30 * 24 * 3600;
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

/**
 * Request units of DynamoDB requests by operation, when the bench counted requests without their capacity:
 * a write 1 WRU, a transactional write 2 (each of its items costs 2; one item assumed), a read 1 RRU (items
 * under 4 KiB, strongly consistent: the upper bound). Where the bench measured capacity it is used instead.
 */
export const requestUnitsOf = (byOperation: Record<string, number>) => {
  let write = 0;
  let read = 0;
  for (const [operation, count] of Object.entries(byOperation)) {
    if (operation === 'TransactWriteItems') write += 2 * count;
    else if (WRITES.has(operation)) write += count;
    else read += count;
  }
  return { write, read };
};

/** What the bench measured, per unit of work; undefined where its part did not run. */
export interface MeasuredCounts {
  /** Median DynamoDB request units of one customer API call (the customer routes of the counting run). */
  apiCall?: { write: number; read: number; p50Ms: number };
  /** One webhook delivery end to end: the forwarding, the fan-out and the delivery. */
  webhookDelivery?: { write: number; read: number };
  backup?: { write: number; read: number };
  /** One instance's share of one metering run and one pod-health run. */
  meteringPerInstance?: { write: number; read: number };
  podHealthPerInstance?: { write: number; read: number };
  /** One heartbeat (capacity measured). */
  heartbeat?: { write: number; read: number };
}

export interface CostLine {
  what: string;
  quantity: string;
  usd: number;
}

/** The month's lines and their total, for the counts measured; parts not measured are left out and named. */
export const customerMonthCost = (measured: MeasuredCounts, customer = TYPICAL_CUSTOMER, prices = AWS_LIST_PRICES) => {
  const lines: CostLine[] = [];
  const missing: string[] = [];
  const dynamo = (units: { write: number; read: number }, times: number) => (units.write * prices.dynamoWriteRequestUnit + units.read * prices.dynamoReadRequestUnit) * times;
  const lambda = (invocations: number, ms: number) => invocations * (prices.lambdaRequest + (ms / 1000) * customer.functionMemoryGb * prices.lambdaGbSecondArm);

  if (measured.apiCall) {
    const { apiCall } = measured;
    lines.push({
      what: 'API calls (HTTP API, Lambda, DynamoDB)',
      quantity: `${customer.apiCalls} calls × ${round(apiCall.write, 2)} WRU + ${round(apiCall.read, 2)} RRU, ${apiCall.p50Ms} ms`,
      usd: customer.apiCalls * prices.httpApiRequest + lambda(customer.apiCalls, apiCall.p50Ms) + dynamo(apiCall, customer.apiCalls),
    });
  } else missing.push('API calls');

  if (measured.webhookDelivery) {
    const events = customer.webhookEvents;
    // Per event: one EventBridge event; the fan-out and delivery queues' send, receive and delete; three functions (forward, fan out, deliver).
    lines.push({
      what: 'webhook deliveries (EventBridge, SQS, Lambda, DynamoDB)',
      quantity: `${events} events × ${round(measured.webhookDelivery.write, 2)} WRU + ${round(measured.webhookDelivery.read, 2)} RRU, 6 SQS requests, 3 invocations`,
      usd: events * (prices.eventBridgeEvent + 6 * prices.sqsRequest) + lambda(3 * events, customer.taskMs) + dynamo(measured.webhookDelivery, events),
    });
  } else missing.push('webhook deliveries');

  if (measured.backup) {
    const n = customer.backupsPerMonth;
    // Two objects a backup (archive, manifest), each PUT asking KMS for a data key.
    lines.push({
      what: 'daily backups (Step Functions, Lambda, DynamoDB, S3 requests)',
      quantity: `${n} backups × ${round(measured.backup.write, 1)} WRU + ${round(measured.backup.read, 1)} RRU, ${customer.backupTransitions} transitions, ${customer.backupTasks} tasks`,
      usd: n * (customer.backupTransitions * prices.stepFunctionsTransition + 2 * (prices.s3PutRequest + prices.kmsRequest)) + lambda(n * customer.backupTasks, customer.taskMs) + dynamo(measured.backup, n),
    });
  } else missing.push('backups');
  const storedGb = (customer.archiveMiB * customer.archivesKept) / 1024;
  lines.push({ what: 'backup archives kept (S3 Standard)', quantity: `${customer.archivesKept} × ${customer.archiveMiB} MiB = ${round(storedGb, 2)} GB`, usd: storedGb * prices.s3StandardGbMonth });

  const hourly = MONTH_SECONDS / 3600;
  const fiveMinutely = MONTH_SECONDS / 300;
  if (measured.meteringPerInstance) {
    lines.push({
      what: 'hourly metering, this instance’s share',
      quantity: `${hourly} runs × ${round(measured.meteringPerInstance.write, 2)} WRU + ${round(measured.meteringPerInstance.read, 2)} RRU; the run itself shared by ${customer.customersOnPlatform}`,
      usd: dynamo(measured.meteringPerInstance, hourly * customer.instances) + lambda(hourly / customer.customersOnPlatform, customer.taskMs),
    });
  } else missing.push('metering');
  if (measured.podHealthPerInstance) {
    lines.push({
      what: 'pod-health checks (every 5 minutes), this instance’s share',
      quantity: `${fiveMinutely} runs × ${round(measured.podHealthPerInstance.read, 2)} RRU; the run shared by ${customer.customersOnPlatform}`,
      usd: dynamo(measured.podHealthPerInstance, fiveMinutely * customer.instances) + lambda(fiveMinutely / customer.customersOnPlatform, customer.taskMs),
    });
  } else missing.push('pod health');
  if (measured.heartbeat) {
    const beats = MONTH_SECONDS / customer.heartbeatSeconds / customer.instancesPerNode;
    lines.push({
      what: 'node heartbeats, this instance’s share of its node',
      quantity: `${round(beats, 0)} heartbeats (every ${customer.heartbeatSeconds} s, node of ${customer.instancesPerNode}) × ${measured.heartbeat.write} WRU`,
      usd: beats * prices.httpApiRequest + lambda(beats, customer.taskMs) + dynamo(measured.heartbeat, beats),
    });
  } else missing.push('heartbeats');

  const total = lines.reduce((sum, line) => sum + line.usd, 0);
  return { lines, total, missing };
};

export const customerCostLines = (cost: ReturnType<typeof customerMonthCost>): string =>
  [
    table(
      'Cost per customer-month at AWS list prices (us-east-1; one instance, a webhook endpoint, daily backups, hourly metering, its share of a node\'s heartbeats)',
      ['what', 'quantity', 'USD'],
      [...cost.lines.map((line) => [line.what, line.quantity, round(line.usd, 4)]), ['total', '', round(cost.total, 4)]],
    ),
    `Prices assumed (USD): ${Object.entries(AWS_LIST_PRICES).map(([name, price]) => `${name} ${price}`).join(', ')}.`,
    `The customer assumed: ${Object.entries(TYPICAL_CUSTOMER).map(([name, value]) => `${name} ${value}`).join(', ')}. Left out: the cluster's own nodes (EKS, EC2), CloudWatch logs and metrics, data transfer, and the DynamoDB storage of a customer's items (a few KiB).`,
    ...(cost.missing.length ? [`Not measured in this run, so not in the total: ${cost.missing.join(', ')}.`] : []),
  ].join('\n');

const median = (values: number[]) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

const countOf = (operations: string[]) => {
  const counts: Record<string, number> = {};
  for (const operation of operations) if (!operation.includes('!')) counts[operation] = (counts[operation] ?? 0) + 1;
  return counts;
};

const perInstance = (run: { instances: number; operations: Record<string, number> } | undefined) => {
  if (!run || !run.instances) return undefined;
  const units = requestUnitsOf(run.operations);
  return { write: units.write / run.instances, read: units.read / run.instances };
};

/** The counts of this run's parts, as customerMonthCost takes them; a part that did not run stays undefined. */
export const measuredCounts = (parts: {
  rows: { request: string; caller: string; status: number; operations: string[] }[];
  latencyP50s: number[];
  webhooks?: { throughput: { expected: number; dynamodb: { byOperation: Record<string, number> } } };
  backup?: { runs: number; dynamodbRequests: { byOperation: Record<string, number> } };
  metering?: { runs: { instances: number; operations: Record<string, number> }[] };
  podHealth?: { runs: { instances: number; operations: Record<string, number> }[] };
  heartbeatCapacityUnits?: number;
}): MeasuredCounts => {
  // A customer's own calls: signed in, answered 2xx, neither an administrator's nor an agent's route.
  const customerRows = parts.rows.filter((row) => row.caller === 'authorised' && row.status < 300 && !/ \/v1\/(admin|agent)\//.test(row.request));
  const apiUnits = customerRows.map((row) => requestUnitsOf(countOf(row.operations)));
  const p50Ms = median(parts.latencyP50s);
  const webhookUnits = parts.webhooks && requestUnitsOf(parts.webhooks.throughput.dynamodb.byOperation);
  const backupUnits = parts.backup && requestUnitsOf(parts.backup.dynamodbRequests.byOperation);
  return {
    apiCall: apiUnits.length && p50Ms !== undefined ? { write: median(apiUnits.map((u) => u.write))!, read: median(apiUnits.map((u) => u.read))!, p50Ms } : undefined,
    webhookDelivery: webhookUnits && parts.webhooks!.throughput.expected ? { write: webhookUnits.write / parts.webhooks!.throughput.expected, read: webhookUnits.read / parts.webhooks!.throughput.expected } : undefined,
    // The overhead's byOperation is already per backup (its median run).
    backup: backupUnits,
    meteringPerInstance: perInstance(parts.metering?.runs.at(-1)),
    podHealthPerInstance: perInstance(parts.podHealth?.runs.at(-1)),
    heartbeat: parts.heartbeatCapacityUnits !== undefined ? { write: parts.heartbeatCapacityUnits, read: 0 } : undefined,
  };
};
