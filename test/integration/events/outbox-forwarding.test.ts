import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../functions/events/forward-outbox';
import { streamConsumers } from '../../../functions/stream-consumers';
import { startStreamPoller } from '../../../infra/local/stream-poller';
import { notifyTableWrites } from '../../../infra/local/table-write-notifier';
import { createService } from '../../../shared/catalog/catalog-use-cases';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import type { DomainEvent } from '../../../shared/events/domain-event';
import type { EventPublisher } from '../../../shared/events/event-publisher';
import { context } from '../../support/api-gateway-events';
import { useDynamoDbTable } from '../../support/dynamodb';
import { until } from '../../support/provisioning';

const table = useDynamoDbTable('outbox');
const consumer = streamConsumers.find((c) => c.name === 'forward-outbox')!;

type Invoke = Parameters<typeof startStreamPoller>[0]['consumer']['invoke'];
const forwarderOf = (publisher: EventPublisher): Invoke => (event) => createHandler(() => publisher)(event as never, context(), () => undefined) as never;

const pollerWith = (publisher: EventPublisher, checkpointFile: string, options: { retryAttempts?: number; invoke?: Invoke; intervalMs?: number } = {}) =>
  startStreamPoller({
    dynamodb: table().client,
    endpoint: table().endpoint,
    tableName: table().tableName,
    checkpointFile,
    intervalMs: options.intervalMs ?? 50,
    consumer: {
      name: consumer.name,
      filter: consumer.filter,
      batchSize: consumer.batchSize,
      retryAttempts: options.retryAttempts ?? consumer.retryAttempts,
      invoke: options.invoke ?? forwarderOf(publisher),
    },
  });

describe('outbox → stream → bus (DynamoDB Local streams)', () => {
  it('delivers an event committed while the publisher was dead, and never one that was not committed', async () => {
    const checkpoints = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'checkpoint.json');
    const store = dynamoServiceStore(table().doc, table().tableName);
    const deps = { services: store, now: () => new Date() };

    // The publisher dies: every publication fails, so the change is committed but nothing reaches the bus.
    const failing = await pollerWith({ publish: async () => { throw new Error('bus unreachable'); } }, checkpoints);
    await createService(deps, catalogSeed[0]!);
    await failing.drain();
    await failing.stop();

    // A refused change (duplicate slug) commits no event either.
    await expect(createService(deps, catalogSeed[0]!)).rejects.toMatchObject({ type: 'conflict' });

    // A new publisher picks up from the checkpoint: the committed event arrives, exactly the committed ones.
    const received: DomainEvent[] = [];
    const healthy = await pollerWith({ publish: async (events) => void received.push(...events) }, checkpoints);
    await healthy.drain();
    await createService(deps, catalogSeed[1]!);
    await healthy.drain();
    await healthy.stop();
    expect(received.map((e) => [e.type, (e.detail as { slug: string }).slug])).toEqual([
      ['service.created', 'n8n'],
      ['service.created', 'ghost'],
    ]);

    // After a restart from the saved checkpoint nothing is forwarded twice.
    const again: DomainEvent[] = [];
    const restarted = await pollerWith({ publish: async (events) => void again.push(...events) }, checkpoints);
    await restarted.drain();
    await restarted.stop();
    expect(again).toEqual([]);
  });

  /** Five services created before the poller starts, so their events come in one batch, the bad one in the middle. */
  const fiveEvents = async (prefix: string) => {
    const deps = { services: dynamoServiceStore(table().doc, table().tableName), now: () => new Date() };
    const slugs = ['a', 'b', 'bad', 'c', 'd'].map((name) => `${prefix}-${name}`);
    for (const slug of slugs) await createService(deps, { ...catalogSeed[0]!, slug });
    return slugs;
  };
  const slugsOf = (events: readonly DomainEvent[], prefix: string) => events.map((e) => (e.detail as { slug: string }).slug).filter((slug) => slug.startsWith(`${prefix}-`));

  it('gives up a record that fails on every retry, having forwarded the ones before it once, then forwards the ones behind it once', async () => {
    const checkpoints = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'checkpoint.json');
    await fiveEvents('poison');
    const received: string[] = [];
    let refusals = 0;
    // A bus that refuses the bad event, as SQS refused text it cannot carry.
    const publisher: EventPublisher = {
      publish: async (events) => {
        if (slugsOf(events, 'poison').includes('poison-bad')) {
          refusals++;
          throw new Error('InvalidMessageContents');
        }
        received.push(...slugsOf(events, 'poison'));
      },
    };
    const poller = await pollerWith(publisher, checkpoints, { retryAttempts: 3 });
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(4);
    await poller.drain();
    await poller.stop();

    // Each good event once, in order; the bad one tried once and retried 3 times, nothing behind it meanwhile.
    expect(received).toEqual(['poison-a', 'poison-b', 'poison-c', 'poison-d']);
    expect(refusals).toBe(4);

    // The checkpoint is past it: a restart forwards nothing again.
    const again: DomainEvent[] = [];
    const restarted = await pollerWith({ publish: async (events) => void again.push(...events) }, checkpoints);
    await restarted.drain();
    await restarted.stop();
    expect(slugsOf(again, 'poison')).toEqual([]);
  });

  it('splits a batch its consumer failed whole into single records, so only the bad one is held back and given up', async () => {
    const checkpoints = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'checkpoint.json');
    await fiveEvents('whole');
    const handled: string[] = [];
    const batches: string[][] = [];
    const slugOfRecord = (record: { dynamodb?: { NewImage?: Record<string, any> } }) => String(record.dynamodb?.NewImage?.detail?.M?.slug?.S ?? '');
    // A consumer that throws for the whole batch when any record of it is bad (no partial batch response).
    const invoke: Invoke = async ({ Records }) => {
      const slugs = Records.map(slugOfRecord).filter((slug) => slug.startsWith('whole-'));
      batches.push(slugs);
      if (slugs.includes('whole-bad')) throw new Error('refused');
      handled.push(...slugs);
    };
    const poller = await pollerWith({ publish: async () => undefined }, checkpoints, { retryAttempts: 2, invoke });
    await expect.poll(() => handled.length, { timeout: 20_000 }).toBe(4);
    await poller.drain();
    await poller.stop();

    expect(handled).toEqual(['whole-a', 'whole-b', 'whole-c', 'whole-d']);
    // Failed once in a batch with others (how many shares its batch depends on the stream's pages), then alone
    // 1 + 2 times before it is given up.
    const [inBatch, ...alone] = batches.filter((slugs) => slugs.includes('whole-bad'));
    expect(inBatch!.length).toBeGreaterThan(1);
    expect(alone).toEqual([['whole-bad'], ['whole-bad'], ['whole-bad']]);
  });

  it('forwards a committed event on the write itself, with the timer far off: the write notifier nudges the poller', async () => {
    const checkpoints = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'checkpoint.json');
    const received: DomainEvent[] = [];
    // An hour between timed polls: after the first, only a nudge can make the poller read the stream.
    const poller = await pollerWith({ publish: async (events) => void received.push(...events) }, checkpoints, { intervalMs: 3_600_000 });
    await poller.drain();
    const before = received.length;
    const writes: string[] = [];
    const detach = notifyTableWrites(table().doc, () => {
      writes.push('write');
      poller.nudge();
    });
    try {
      const store = dynamoServiceStore(table().doc, table().tableName);
      // A read is no write: no nudge.
      await store.listActive({ limit: 1 });
      expect(writes).toEqual([]);
      await createService({ services: store, now: () => new Date() }, catalogSeed[2]!);
      expect(writes.length).toBeGreaterThan(0);
      const after = await until(async () => received.slice(before), (events) => events.length > 0, 'the nudged poll to forward the event', 10_000);
      expect(after.map((e) => [e.type, (e.detail as { slug: string }).slug])).toEqual([['service.created', catalogSeed[2]!.slug]]);
    } finally {
      detach();
      await poller.stop();
    }
  });
});
