import { GetCommand } from '../../../shared/aws/dynamodb';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../shared/data/keys';
import { domainEvent } from '../../../shared/events/domain-event';
import { dynamoEndpointHealthStore } from '../../../shared/webhooks/dynamo-endpoint-health-store';
import { dynamoWebhookDeliveryStore } from '../../../shared/webhooks/dynamo-webhook-delivery-store';
import { dynamoWebhookEndpointStore } from '../../../shared/webhooks/dynamo-webhook-endpoint-store';
import type { WebhookOwner } from '../../../shared/webhooks/webhook-endpoint';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';
import { useDynamoDbTable } from '../../support/dynamodb';
import { attachCapacityRecorder } from '../../../bench/capacity-recorder';
import { clientLosingFirstAnswer } from '../../support/client-losing-first-answer';

const table = useDynamoDbTable('webhook-deliveries');
const deliveries = () => dynamoWebhookDeliveryStore(table().doc, table().tableName, { retentionDays: 30 });
const endpoints = () => dynamoWebhookEndpointStore(table().doc, table().tableName);
const health = () => dynamoEndpointHealthStore(table().doc, table().tableName);
const now = new Date('2025-06-01T00:00:00Z');
const eventNo = (n: number) => ({ id: `EV${String(n).padStart(4, '0')}`, type: 'subscription.renewed', occurredAt: now.toISOString(), detail: { userId: 'U', b: 2, a: 1 } });

const owner: WebhookOwner = { kind: 'customer', userId: 'U1' };

const createEndpoint = async (id: string) => {
  await endpoints().create(owner, { id, url: 'https://hooks.example.com/', eventTypes: [], enabled: true, createdAt: now.toISOString(), updatedAt: now.toISOString() }, newWebhookSecret());
};

describe('the delivery records, on DynamoDB Local', () => {
  it('number an endpoint’s events 1, 2, 3 and chain the previous id; a repeated event keeps its number', async () => {
    const store = deliveries();
    expect(await store.assign('E1', eventNo(1), now)).toEqual({ sequence: 1 });
    expect(await store.assign('E1', eventNo(2), now)).toEqual({ sequence: 2, previousEventId: 'EV0001' });
    // The fan-out message of event 1 delivered again: the same answer, and the counter does not move.
    expect(await store.assign('E1', eventNo(1), now)).toEqual({ sequence: 1 });
    expect(await store.assign('E1', eventNo(3), now)).toEqual({ sequence: 3, previousEventId: 'EV0002' });
    // Another endpoint has its own numbering.
    expect(await store.assign('E2', eventNo(3), now)).toEqual({ sequence: 1 });
  });

  it('give numbers without a gap or a repeat when fan-outs race for one endpoint', async () => {
    const store = deliveries();
    const events = Array.from({ length: 8 }, (_, i) => eventNo(100 + i));
    const orders = await Promise.all(events.map((event) => store.assign('RACE', event, now)));
    expect(orders.map((o) => o.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Each number's previous id is the event that holds the number before it: one chain.
    const bySequence = new Map(orders.map((order, i) => [order.sequence, { ...order, id: events[i]!.id }]));
    for (let n = 2; n <= 8; n++) expect(bySequence.get(n)!.previousEventId).toBe(bySequence.get(n - 1)!.id);
  });

  it('number an event in one transaction once the container knows the counter; a stale counter or a repeat costs one more, no read', async () => {
    const store = deliveries();
    const requests = attachCapacityRecorder(table().doc);
    try {
      // The first event of this container: the counter is read once.
      expect(await store.assign('E8', eventNo(20), now)).toEqual({ sequence: 1 });
      expect(requests.take().map((command) => command.operation)).toEqual(['GetItem', 'TransactWriteItems']);
      expect(await store.assign('E8', eventNo(21), now)).toEqual({ sequence: 2, previousEventId: 'EV0020' });
      expect(requests.take().map((command) => command.operation)).toEqual(['TransactWriteItems']);
      // Another container takes the next number: this one's is stale, and the refusal hands back the counter.
      expect(await deliveries().assign('E8', eventNo(22), now)).toEqual({ sequence: 3, previousEventId: 'EV0021' });
      requests.take().map((command) => command.operation);
      expect(await store.assign('E8', eventNo(23), now)).toEqual({ sequence: 4, previousEventId: 'EV0022' });
      expect(requests.take().map((command) => command.operation)).toEqual(['TransactWriteItems', 'TransactWriteItems']);
      // A repeated event gets its number back from the refusal itself.
      expect(await store.assign('E8', eventNo(21), now)).toEqual({ sequence: 2, previousEventId: 'EV0020' });
      expect(requests.take().map((command) => command.operation)).toEqual(['TransactWriteItems']);
    } finally {
      requests.detach();
    }
  });

  it('number a batch’s deliveries to several endpoints in one transaction, each endpoint in the order given; the same batch again answers the same orders and moves nothing', async () => {
    const store = deliveries();
    const entries = [eventNo(300), eventNo(301), eventNo(302)].flatMap((event) => ['BA', 'BB'].map((endpointId) => ({ endpointId, event })));
    const requests = attachCapacityRecorder(table().doc);
    try {
      const orders = await store.assignAll(entries, now);
      expect(orders).toEqual([
        { sequence: 1 },
        { sequence: 1 },
        { sequence: 2, previousEventId: 'EV0300' },
        { sequence: 2, previousEventId: 'EV0300' },
        { sequence: 3, previousEventId: 'EV0301' },
        { sequence: 3, previousEventId: 'EV0301' },
      ]);
      // The counters read once each (this container's first events to them), then one transaction for all six.
      expect(requests.take().map((command) => command.operation)).toEqual(['GetItem', 'GetItem', 'TransactWriteItems']);
      // A redelivered fan-out batch, with one new event: the numbered keep theirs, the new one takes the next.
      expect(await store.assignAll([...entries, { endpointId: 'BA', event: eventNo(303) }], now)).toEqual([...orders, { sequence: 4, previousEventId: 'EV0302' }]);
      // And from another container (nothing known): the same.
      expect(await deliveries().assignAll(entries.slice(0, 2), now)).toEqual(orders.slice(0, 2));
      expect((await store.get('BB', 'EV0302'))!.sequence).toBe(3);
      expect(await store.assign('BB', eventNo(304), now)).toEqual({ sequence: 4, previousEventId: 'EV0302' });
    } finally {
      requests.detach();
    }
  });

  it('number more deliveries than one transaction holds in several, still in order, and racing batches without a gap or a repeat', async () => {
    const events = Array.from({ length: 120 }, (_, i) => eventNo(1000 + i));
    const orders = await deliveries().assignAll(events.map((event) => ({ endpointId: 'BIG', event })), now);
    expect(orders.map((order) => order.sequence)).toEqual(events.map((_, i) => i + 1));
    expect(orders[100]).toEqual({ sequence: 101, previousEventId: events[99]!.id });
    // Two containers' batches for the same two endpoints at once: each endpoint 1…n, one chain.
    const batches = [0, 1, 2].map((b) => Array.from({ length: 4 }, (_, i) => eventNo(2000 + b * 10 + i)).flatMap((event) => ['RA', 'RB'].map((endpointId) => ({ endpointId, event }))));
    const answers = await Promise.all(batches.map((batch) => deliveries().assignAll(batch, now)));
    for (const endpointId of ['RA', 'RB']) {
      const numbered = batches.flatMap((batch, b) => batch.flatMap((entry, i) => (entry.endpointId === endpointId ? [{ id: entry.event.id, ...answers[b]![i]! }] : [])));
      expect(numbered.map((order) => order.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const bySequence = new Map(numbered.map((order) => [order.sequence, order]));
      for (let n = 2; n <= 12; n++) expect(bySequence.get(n)!.previousEventId).toBe(bySequence.get(n - 1)!.id);
    }
  });

  it('keep the event as sent (the same bytes for a retry), count attempts, and age out with the log', async () => {
    const store = deliveries();
    await store.assign('E3', eventNo(7), now);
    const stored = await store.get('E3', 'EV0007');
    expect(stored).toEqual({ endpointId: 'E3', deliveryId: 'EV0007', event: eventNo(7), sequence: 1, attempts: 0 });
    expect(JSON.stringify(stored!.event.detail)).toBe('{"userId":"U","b":2,"a":1}');
    expect(await store.countAttempt('E3', 'EV0007', now)).toBe(1);
    expect(await store.countAttempt('E3', 'EV0007', now)).toBe(2);
    expect(await store.countAttempt('E3', 'NOPE', now)).toBeUndefined();
    expect(await store.get('E3', 'NOPE')).toBeUndefined();
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.webhookDelivery('E3', 'EV0007') }));
    expect(Item!.expiresAt).toBe(Math.floor(now.getTime() / 1000) + 30 * 24 * 3600);
  });

  it('let one message at a time claim a delivery: racing copies get one claim, a delivered one none, a released one is free', async () => {
    const store = deliveries();
    await store.assign('E5', eventNo(9), now);
    let receives = 0;
    const claim = (holder: string, at = now) => store.claimAttempt('E5', 'EV0009', { holder, receive: ++receives, now: at, holdSeconds: 60 });
    const raced = await Promise.all(['M1', 'M2', 'M3'].map((holder) => claim(holder)));
    expect(raced.filter((result) => result.kind === 'claimed')).toEqual([{ kind: 'claimed', attempt: 1 }]);
    expect(raced.filter((result) => result.kind === 'held-elsewhere')).toHaveLength(2);
    const holder = ['M1', 'M2', 'M3'][raced.findIndex((result) => result.kind === 'claimed')]!;
    // The holder's next attempt, and a copy once the hold has lapsed.
    expect(await claim(holder, new Date(now.getTime() + 5000))).toEqual({ kind: 'claimed', attempt: 2 });
    expect(await claim('M4', new Date(now.getTime() + 66_000))).toEqual({ kind: 'claimed', attempt: 3 });
    // A release by someone who no longer holds it changes nothing; the holder's frees it for a redriven copy.
    await store.endClaim('E5', 'EV0009', holder, 'released', now);
    expect(await claim('M5', new Date(now.getTime() + 67_000))).toEqual({ kind: 'held-elsewhere' });
    await store.endClaim('E5', 'EV0009', 'M4', 'released', now);
    expect(await claim('M5', new Date(now.getTime() + 67_000))).toEqual({ kind: 'claimed', attempt: 4 });
    await store.endClaim('E5', 'EV0009', 'M5', 'delivered', now);
    expect(await claim('M5', new Date(now.getTime() + 68_000))).toEqual({ kind: 'delivered' });
    expect(await store.claimAttempt('E5', 'NOPE', { holder: 'M1', receive: 1, now, holdSeconds: 60 })).toEqual({ kind: 'missing' });
  });

  it('count a claim the SDK sent twice (its first answer lost) once', async () => {
    await deliveries().assign('E6', eventNo(10), now);
    const flaky = clientLosingFirstAnswer(table().endpoint);
    const store = dynamoWebhookDeliveryStore(flaky.doc, table().tableName, { retentionDays: 30 });
    expect(await store.claimAttempt('E6', 'EV0010', { holder: 'M1', receive: 1, now, holdSeconds: 60 })).toEqual({ kind: 'claimed', attempt: 1 });
    expect(flaky.attempts()).toBeGreaterThan(1);
    expect(await store.claimAttempt('E6', 'EV0010', { holder: 'M1', receive: 2, now, holdSeconds: 60 })).toEqual({ kind: 'claimed', attempt: 2 });
  });

  it('let the same message handed out twice side by side (same id, same receive count) claim once', async () => {
    const store = deliveries();
    await store.assign('E7', eventNo(11), now);
    const raced = await Promise.all([1, 2, 3].map(() => store.claimAttempt('E7', 'EV0011', { holder: 'M1', receive: 1, now, holdSeconds: 60 })));
    expect(raced.map((result) => result.kind).sort()).toEqual(['claimed', 'held-elsewhere', 'held-elsewhere']);
    // Its next receive is its next attempt.
    expect(await store.claimAttempt('E7', 'EV0011', { holder: 'M1', receive: 2, now, holdSeconds: 60 })).toEqual({ kind: 'claimed', attempt: 2 });
  });

  it('lose the endpoint’s counter when the endpoint is deleted', async () => {
    await createEndpoint('E4');
    await deliveries().assign('E4', eventNo(1), now);
    await endpoints().delete(owner, 'E4');
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.webhookSequence('E4') }));
    expect(Item).toBeUndefined();
  });
});

describe('endpoints for delivery, on DynamoDB Local', () => {
  it('are read together in the order asked, with their secrets and health, and none for an unknown id or another owner’s', async () => {
    await createEndpoint('R1');
    await createEndpoint('R2');
    const one = await endpoints().getEndpointForDelivery(owner, 'R1', now);
    const requests = attachCapacityRecorder(table().doc);
    try {
      const read = await endpoints().getEndpointsForDelivery(
        [
          { owner, id: 'R2' },
          { owner, id: 'NOPE' },
          { owner: { kind: 'customer', userId: 'U2' }, id: 'R1' },
          { owner, id: 'R1' },
        ],
        now,
      );
      expect(requests.take().map((command) => command.operation)).toEqual(['BatchGetItem']);
      expect(read.map((endpoint) => endpoint?.id)).toEqual(['R2', undefined, undefined, 'R1']);
      expect(read[3]).toEqual(one);
      expect(read[0]!.secret).toMatch(/^whsec_/);
    } finally {
      requests.detach();
    }
  });
});

describe('endpoint health, on DynamoDB Local', () => {
  it('moves with conditional writes: a second delivery acting on the same reading changes nothing', async () => {
    await createEndpoint('H1');
    const store = health();
    expect(await store.apply(owner, 'H1', { kind: 'start-failing', notify: false }, now, [])).toBe(true);
    expect(await store.apply(owner, 'H1', { kind: 'start-failing', notify: false }, now, [])).toBe(false);
    const failing = domainEvent('webhook.failing', { userId: 'U1', webhookId: 'H1' });
    expect(await store.apply(owner, 'H1', { kind: 'notify-failing', firstFailureAt: now.toISOString() }, now, [failing])).toBe(true);
    expect(await store.apply(owner, 'H1', { kind: 'notify-failing', firstFailureAt: now.toISOString() }, now, [domainEvent('webhook.failing', { userId: 'U1', webhookId: 'H1' })])).toBe(false);
    expect((await endpoints().getEndpointForDelivery(owner, 'H1'))!.health).toEqual({ firstFailureAt: now.toISOString(), failingNotifiedAt: now.toISOString() });
    // The event was committed with the change, through the outbox; the refused one was not.
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.outboxEvent(failing.id) }));
    expect(Item).toMatchObject({ eventType: 'webhook.failing', detail: { userId: 'U1', webhookId: 'H1' } });

    const later = new Date(now.getTime() + 60_000);
    expect(await store.apply(owner, 'H1', { kind: 'recover', firstFailureAt: now.toISOString(), notify: true }, later, [])).toBe(true);
    expect((await endpoints().getEndpointForDelivery(owner, 'H1'))!.health).toEqual({ lastSuccessAt: later.toISOString() });
  });

  it('disables once, with the reason the owner reads, and never an endpoint that is gone', async () => {
    await createEndpoint('H2');
    const store = health();
    expect(await store.apply(owner, 'H2', { kind: 'disable', reason: 'The receiver answered 410 Gone.' }, now, [])).toBe(true);
    expect(await store.apply(owner, 'H2', { kind: 'disable', reason: 'again' }, now, [])).toBe(false);
    expect(await endpoints().get(owner, 'H2')).toMatchObject({ enabled: false, disabledReason: 'The receiver answered 410 Gone.' });
    expect(await store.apply(owner, 'GONE', { kind: 'touch' }, now, [])).toBe(false);
  });
});
