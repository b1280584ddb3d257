import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../functions/events/forward-outbox';
import { streamConsumers } from '../../../functions/stream-consumers';
import { startStreamPoller } from '../../../infra/local/stream-poller';
import { createService } from '../../../shared/catalog/catalog-use-cases';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { dynamoServiceStore } from '../../../shared/catalog/dynamo-service-store';
import type { DomainEvent } from '../../../shared/events/domain-event';
import type { EventPublisher } from '../../../shared/events/event-publisher';
import { context } from '../../support/api-gateway-events';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('outbox');
const consumer = streamConsumers.find((c) => c.name === 'forward-outbox')!;

const pollerWith = (publisher: EventPublisher, checkpointFile: string) =>
  startStreamPoller({
    dynamodb: table().client,
    endpoint: table().endpoint,
    tableName: table().tableName,
    checkpointFile,
    intervalMs: 50,
    consumer: {
      name: consumer.name,
      filter: consumer.filter,
      batchSize: consumer.batchSize,
      invoke: (event) => createHandler(() => publisher)(event as never, context(), () => undefined) as never,
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
});
