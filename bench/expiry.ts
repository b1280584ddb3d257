import { BatchWriteCommand } from '../shared/aws/dynamodb';
import { ulid } from 'ulid';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { entityTypes, keys } from '../shared/data/keys';
import { duePhaseOf } from '../shared/subscriptions/expiry';
import type { Subscription } from '../shared/subscriptions/subscription';
import { attachCapacityRecorder } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { msSince, round } from './stats';

/**
 * The expiry job's cost must follow the number of subscriptions that are due, not the total (issue:
 * "never a scan"). The table gets `total` active subscriptions, of which `due` end within the notice
 * period; the job runs through the local jobs endpoint (`npm run job`), and every DynamoDB request it
 * sends is counted. Twice: with few due and with ten times as many, the total unchanged.
 */
const DAY = 24 * 3600 * 1000;
const BENCH_USER = ulid();

const subscriptionItem = (periodEnd: string) => {
  const id = ulid();
  const subscription: Subscription = {
    id,
    userId: BENCH_USER,
    serviceSlug: 'n8n',
    planId: 'starter',
    name: 'expiry bench',
    status: 'ACTIVE',
    instanceId: ulid(),
    price: { amount: 900, currency: 'EUR' },
    billingPeriod: 'month',
    currentPeriodStart: new Date(Date.parse(periodEnd) - 30 * DAY).toISOString(),
    currentPeriodEnd: periodEnd,
    createdAt: new Date(Date.parse(periodEnd) - 30 * DAY).toISOString(),
    updatedAt: new Date(Date.parse(periodEnd) - 30 * DAY).toISOString(),
  };
  const due = duePhaseOf(subscription)!;
  return {
    ...keys.subscription(BENCH_USER, id),
    ...keys.subscriptionListing(subscription.createdAt, id),
    ...keys.subscriptionDue(due.phase, due.at, id),
    type: entityTypes.subscription,
    schemaVersion: 1,
    version: 1,
    ...subscription,
  };
};

type Item = ReturnType<typeof subscriptionItem>;

export const measureExpiry = async (platform: LocalPlatform, adminToken: string, options: { total: number; fewDue: number; manyDue: number }) => {
  const db = dynamoDocumentClient();
  const write = async (puts: Item[], deletes: Item[] = []) => {
    const requests = [...puts.map((Item) => ({ PutRequest: { Item } })), ...deletes.map((item) => ({ DeleteRequest: { Key: { PK: item.PK, SK: item.SK } } }))];
    for (let i = 0; i < requests.length; i += 25) {
      let batch: Record<string, unknown>[] | undefined = requests.slice(i, i + 25);
      while (batch?.length) {
        const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: { [platform.tableName]: batch as never } }));
        batch = UnprocessedItems?.[platform.tableName] as Record<string, unknown>[] | undefined;
      }
    }
  };
  const start = Date.now();
  const farEnd = new Date(start + 400 * DAY).toISOString();
  const soonEnd = new Date(start + 3 * DAY).toISOString();

  const seedStarted = process.hrtime.bigint();
  const notDue = Array.from({ length: options.total - options.fewDue }, () => subscriptionItem(farEnd));
  const few = Array.from({ length: options.fewDue }, () => subscriptionItem(soonEnd));
  await write([...notDue, ...few]);
  const seedSeconds = round(msSince(seedStarted) / 1000, 1);

  const recorder = attachCapacityRecorder(db);
  const run = async (due: number, now = new Date(start)) => {
    await platform.drainStreams();
    recorder.take();
    const started = process.hrtime.bigint();
    const answer = await fetch(`${platform.url}/_local/jobs/expiry?now=${now.toISOString()}`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const ms = msSince(started);
    const body = (await answer.json()) as { result?: { read: Record<string, number>; done: Record<string, number>; failed: number } };
    const commands = recorder.take().filter((c) => !isHealthMonitor(c));
    if (answer.status !== 200 || !body.result) throw new Error(`the expiry job answered ${answer.status}`);
    if (body.result.done['notify-expiring'] !== due) throw new Error(`the expiry job noticed ${body.result.done['notify-expiring']} subscriptions, not the ${due} due`);
    const operations: Record<string, number> = {};
    for (const command of commands) operations[command.operation] = (operations[command.operation] ?? 0) + 1;
    return {
      due,
      total: options.total,
      ms: round(ms, 1),
      requests: commands.length,
      capacityUnits: round(commands.reduce((sum, c) => sum + c.capacityUnits, 0), 1),
      operations,
      read: body.result.read,
    };
  };
  try {
    // A warm-up as of ten days earlier, when nothing is due: the first run loads the job's modules.
    await run(0, new Date(start - 10 * DAY));
    const fewRun = await run(options.fewDue);
    // Same total: the noticed ones and some of the rest make way for ten times as many due.
    const many = Array.from({ length: options.manyDue }, () => subscriptionItem(soonEnd));
    await write(many, [...few, ...notDue.slice(0, options.manyDue - options.fewDue)]);
    const manyRun = await run(options.manyDue);
    return {
      seedSeconds,
      runs: [fewRun, manyRun],
      requestRatio: round(manyRun.requests / fewRun.requests, 2),
      timeRatio: round(manyRun.ms / fewRun.ms, 2),
      dueRatio: round(options.manyDue / options.fewDue, 2),
    };
  } finally {
    recorder.detach();
  }
};
