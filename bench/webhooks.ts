import { UpdateCommand } from '../shared/aws/dynamodb';
import type { LocalPlatform } from '../infra/local/local-platform';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { type DomainEvent, domainEvent } from '../shared/events/domain-event';
import { commitWithEvents } from '../shared/events/outbox';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_FAN_OUT_QUEUE } from '../shared/webhooks/webhook-queues';
import { registerCustomer, sendJson } from './bench-callers';
import { attachCapacityRecorder, type RecordedCommand } from './capacity-recorder';
import { isHealthMonitor } from './heartbeats';
import { summary } from './latency';
import { round } from './stats';
import { startBenchReceiver } from './webhook-receiver';

/**
 * Webhook delivery as a receiver feels it (DESIGN section 7), through the whole local path: a state change's
 * event committed to the outbox → the table's stream → the bus → the rule → the fan-out queue → the delivery
 * queue → a POST to a receiver on loopback that answers 204 at once.
 *  - latency: one event at a time, from its commit to its arrival at the receiver, with where the time goes
 *    (the commit itself, then to the bus: the stream poller; then from the bus to the receiver: the queues,
 *    the fan-out and the delivery);
 *  - throughput: `events` events committed as fast as the outbox takes them (transactions of 25), spread
 *    round-robin over `customers` customers with `endpoints` endpoints each; deliveries per second from the
 *    first commit to the last arrival, what was lost (expected and never arrived) and duplicated (a
 *    webhook-id arriving twice at one endpoint), and whether each endpoint's sequence numbers are exactly
 *    1…n for its customer's n events. One endpoint's events are numbered one after another (that is the
 *    ordering guarantee), so spreading them over customers is what lets the fan-out work side by side, as
 *    a platform's stream of events is spread over its customers. The DynamoDB requests the run sent (every
 *    command of the shared client: commits, outbox, fan-out, deliveries) per delivery say what bounds it:
 *    DynamoDB Local on this machine; the delivery consumer's and the fan-out's own share are counted apart.
 *    The rate is also a ratio of raw UpdateItems per second on the same client, measured right after.
 */
export interface WebhookBenchOptions {
  latencySamples: number;
  warmup: number;
  events: number;
  customers: number;
  /** Endpoints per customer. */
  endpoints: number;
  /** Give up waiting for deliveries after this long without a new arrival. */
  settleMs?: number;
  /** The raw-write baseline: this many loops sending UpdateItems for `rawSeconds` (50 and 3, as the heartbeats'). */
  rawConcurrency?: number;
  rawSeconds?: number;
}

/**
 * The baseline the throughput is a ratio of: one small UpdateItem (an ADD and a SET on its own item, as
 * much as a heartbeat's) sent by `concurrency` loops straight through the platform's client for `seconds`:
 * what DynamoDB Local on this machine takes in writes per second, beside the rest of the platform.
 */
const rawWritesPerSecond = async (db: ReturnType<typeof dynamoDocumentClient>, tableName: string, concurrency: number, seconds: number) => {
  let writes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      while (performance.now() < deadline) {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { PK: `BENCH#RAWWRITE#${loop}`, SK: 'RAWWRITE' },
            UpdateExpression: 'SET #at = :at ADD #writes :one',
            ExpressionAttributeNames: { '#at': 'at', '#writes': 'writes' },
            ExpressionAttributeValues: { ':at': new Date().toISOString(), ':one': 1 },
          }),
        );
        writes++;
      }
    }),
  );
  return writes / ((performance.now() - started) / 1000);
};

/** An item key as its kind: `WEBHOOKLOG/DELIVERY`, `USER/WEBHOOK`, `STATS/HOUR`, … (the ids left out). */
const kindOfKey = (key: unknown) => {
  const { PK, SK } = (key ?? {}) as { PK?: unknown; SK?: unknown };
  return `${String(PK ?? '?').split('#')[0]}/${String(SK ?? '?').split('#')[0]}`;
};

/**
 * What one request was, by the kinds of item it touched: `UpdateItem WEBHOOKLOG/DELIVERY`,
 * `TransactWriteItems Put WEBHOOKLOG/ATTEMPT + Update WEBHOOKLOG/DELIVERY`, `Query USER/WEBHOOK`.
 */
export const requestKind = (command: RecordedCommand): string => {
  const input = command.input as { Key?: unknown; Item?: unknown; TransactItems?: Record<string, { Key?: unknown; Item?: unknown }>[]; ExpressionAttributeValues?: Record<string, unknown>; RequestItems?: unknown };
  if (input.TransactItems)
    return `${command.operation} ${input.TransactItems.map((part) => Object.entries(part).map(([op, item]) => `${op} ${kindOfKey(item.Key ?? item.Item)}`)[0]).join(' + ')}`;
  if (command.operation === 'Query') {
    const values = Object.values(input.ExpressionAttributeValues ?? {}).map(String);
    return `Query ${values[0]?.split('#')[0] ?? '?'}/${values[1]?.split('#')[0] ?? '?'}`;
  }
  if (input.RequestItems) return command.operation;
  return `${command.operation} ${kindOfKey(input.Key ?? input.Item)}`;
};

const EVENT_TYPE = 'subscription.renewed';
const renewalOf = (userId: string): DomainEvent => domainEvent(EVENT_TYPE, { userId, subscriptionId: 'bench-subscription', currentPeriodEnd: '2030-01-01T00:00:00.000Z' });

const createEndpoint = async (baseUrl: string, token: string, url: string) => {
  const answer = await sendJson(baseUrl, 'POST', '/v1/webhooks', { token, body: { url, eventTypes: [EVENT_TYPE], description: 'bench receiver' } });
  if (answer.status !== 201) throw new Error(`POST /v1/webhooks answered ${answer.status}: ${answer.text.slice(0, 300)}`);
};

export const measureWebhookDelivery = async (platform: LocalPlatform, options: WebhookBenchOptions) => {
  const receiver = await startBenchReceiver();
  const busAt = new Map<string, number>();
  const unsubscribe = platform.bus.subscribe((event) => void busAt.set(event.id, performance.now()));
  const db = dynamoDocumentClient();
  const commit = (events: DomainEvent[]) => commitWithEvents(db, platform.tableName, [], events);
  try {
    // Latency: one customer, one endpoint, one event at a time.
    const single = await registerCustomer(platform, { email: 'bench-webhooks-latency@example.com', name: 'Bench webhooks (latency)' });
    await createEndpoint(platform.url, single.session.accessToken, receiver.url('/latency'));
    const samples: { totalMs: number; commitMs: number; toBusMs: number; busToReceiverMs: number }[] = [];
    for (let i = 0; i < options.warmup + options.latencySamples; i++) {
      const event = renewalOf(single.session.user.id);
      const started = performance.now();
      await commit([event]);
      const committed = performance.now();
      const arrival = await receiver.waitFor('/latency', event.id);
      const onBus = busAt.get(event.id) ?? arrival.at;
      if (i >= options.warmup) samples.push({ totalMs: arrival.at - started, commitMs: committed - started, toBusMs: onBus - started, busToReceiverMs: arrival.at - onBus });
    }

    // Throughput: many events over several customers, each to every endpoint of its customer.
    const targets: { userId: string; paths: string[] }[] = [];
    for (let c = 0; c < options.customers; c++) {
      const customer = await registerCustomer(platform, { email: `bench-webhooks-${c}@example.com`, name: `Bench webhooks ${c}` });
      const paths = Array.from({ length: options.endpoints }, (_, n) => `/throughput-${c}-${n}`);
      for (const path of paths) await createEndpoint(platform.url, customer.session.accessToken, receiver.url(path));
      targets.push({ userId: customer.session.user.id, paths });
    }
    const events = Array.from({ length: options.events }, (_, i) => ({ target: targets[i % targets.length]!, event: renewalOf(targets[i % targets.length]!.userId) }));
    const allPaths = new Set(targets.flatMap((target) => target.paths));
    const expected = events.reduce((sum, { target }) => sum + target.paths.length, 0);
    const received = () => receiver.arrivals.filter((arrival) => allPaths.has(arrival.path));
    const recorder = attachCapacityRecorder(db, { queueConsumers: true });
    const started = performance.now();
    for (let i = 0; i < events.length; i += 25) await commit(events.slice(i, i + 25).map(({ event }) => event));
    const publishedMs = performance.now() - started;
    const settleMs = options.settleMs ?? 30_000;
    for (let last = received().length, quietSince = performance.now(); received().length < expected && performance.now() - quietSince < settleMs; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (received().length !== last) [last, quietSince] = [received().length, performance.now()];
    }
    // The deliveries' last writes (the log entry after the POST, the batch's tally) land after their
    // arrival: counted once the queues are idle, so each delivery's requests are all in.
    await platform.queues.drain(settleMs).catch(() => undefined);
    // Every DynamoDB request of the run: the commits, the outbox forwarding, the fan-out and the deliveries.
    const commands = recorder.take().filter((command) => !isHealthMonitor(command));
    recorder.detach();
    const rawConcurrency = options.rawConcurrency ?? 50;
    const rawSeconds = options.rawSeconds ?? 3;
    const rawPerSecond = await rawWritesPerSecond(db, platform.tableName, rawConcurrency, rawSeconds);
    const arrivals = received();
    const lastAt = Math.max(...arrivals.map((arrival) => arrival.at));
    const copies = new Map<string, number>();
    for (const arrival of arrivals) copies.set(`${arrival.path} ${arrival.id}`, (copies.get(`${arrival.path} ${arrival.id}`) ?? 0) + 1);
    const lost = events.flatMap(({ target, event }) => target.paths.filter((path) => !copies.has(`${path} ${event.id}`))).length;
    const duplicated = [...copies.values()].reduce((sum, count) => sum + count - 1, 0);
    const inSequence = targets.every((target) => {
      const sent = events.filter((e) => e.target === target).length;
      return target.paths.every((path) => {
        const numbers = [...new Set(arrivals.filter((a) => a.path === path).map((a) => a.sequence))].sort((a, b) => a - b);
        return numbers.length === sent && numbers.every((n, i) => n === i + 1);
      });
    });
    const elapsedSeconds = (lastAt - started) / 1000;
    const perDelivery = (requests: number) => round(requests / Math.max(1, copies.size), 2);
    const byOperation = (list: typeof commands) => list.reduce<Record<string, number>>((counts, command) => ({ ...counts, [command.operation]: (counts[command.operation] ?? 0) + 1 }), {});
    /** Requests per delivery by what they touched (requestKind), most frequent first. */
    const byRequest = (list: typeof commands) => {
      const counts = new Map<string, number>();
      for (const command of list) counts.set(requestKind(command), (counts.get(requestKind(command)) ?? 0) + 1);
      return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => [kind, perDelivery(count)]));
    };
    const ofQueue = (queue: string) => commands.filter((command) => command.invocation === queue);
    const deliveryConsumer = ofQueue(WEBHOOK_DELIVERY_QUEUE);
    const fanOut = ofQueue(WEBHOOK_FAN_OUT_QUEUE);
    const perSecond = copies.size / elapsedSeconds;

    return {
      eventType: EVENT_TYPE,
      latency: {
        samples: samples.length,
        warmup: options.warmup,
        totalMs: summary(samples.map((s) => s.totalMs)),
        commitMs: summary(samples.map((s) => s.commitMs)),
        toBusMs: summary(samples.map((s) => s.toBusMs)),
        busToReceiverMs: summary(samples.map((s) => s.busToReceiverMs)),
      },
      throughput: {
        events: events.length,
        customers: targets.length,
        endpointsPerCustomer: options.endpoints,
        expected,
        delivered: copies.size,
        lost,
        duplicated,
        sequencesComplete: inSequence,
        publishMs: round(publishedMs, 1),
        seconds: round(elapsedSeconds, 2),
        perSecond: round(perSecond, 1),
        /** Raw UpdateItems per second on the same client and table, right after the run: the ratio's baseline. */
        rawWrites: { concurrency: rawConcurrency, seconds: rawSeconds, perSecond: round(rawPerSecond, 1) },
        ratioToRawWrites: round(perSecond / rawPerSecond, 3),
        dynamodb: {
          requests: commands.length,
          perDelivery: perDelivery(commands.length),
          byOperation: byOperation(commands),
          /** The delivery consumer's own requests (endpoint, claim, log, health, tally) per delivery. */
          deliveryConsumer: { perDelivery: perDelivery(deliveryConsumer.length), byOperation: byOperation(deliveryConsumer), byRequest: byRequest(deliveryConsumer) },
          /** The fan-out's (the endpoints' Query, each delivery's sequence number and record) per delivery. */
          fanOut: { perDelivery: perDelivery(fanOut.length), byOperation: byOperation(fanOut), byRequest: byRequest(fanOut) },
          /** Everything else (the commits, the outbox forwarding, the stream), per delivery by what it touched. */
          other: byRequest(commands.filter((command) => command.invocation !== WEBHOOK_DELIVERY_QUEUE && command.invocation !== WEBHOOK_FAN_OUT_QUEUE)),
        },
      },
    };
  } finally {
    unsubscribe();
    await receiver.close();
  }
};
