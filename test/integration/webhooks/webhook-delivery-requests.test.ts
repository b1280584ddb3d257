import { GetCommand } from '../../../shared/aws/dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../../shared/data/keys';
import { domainEvent } from '../../../shared/events/domain-event';
import { batchTally } from '../../../shared/webhooks/batch-tally';
import { deliverWebhook, type DeliveryDeps } from '../../../shared/webhooks/deliver-webhook';
import { deliveryMessageOf } from '../../../shared/webhooks/delivery-message';
import { dynamoDeliveryAttemptStore } from '../../../shared/webhooks/dynamo-delivery-attempt-store';
import { dynamoDeliveryTallyStore } from '../../../shared/webhooks/dynamo-delivery-tally-store';
import { dynamoEndpointHealthStore } from '../../../shared/webhooks/dynamo-endpoint-health-store';
import { dynamoWebhookDeliveryStore } from '../../../shared/webhooks/dynamo-webhook-delivery-store';
import { dynamoWebhookEndpointStore } from '../../../shared/webhooks/dynamo-webhook-endpoint-store';
import { DEFAULT_HEALTH_SETTINGS } from '../../../shared/webhooks/endpoint-health';
import { DEFAULT_RETRY_SCHEDULE_SECONDS } from '../../../shared/webhooks/retry-schedule';
import type { WebhookOwner } from '../../../shared/webhooks/webhook-endpoint';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';
import { createWebhookSender } from '../../../shared/webhooks/webhook-sender';
import { useDynamoDbTable } from '../../support/dynamodb';
import { attachCapacityRecorder } from '../../../bench/capacity-recorder';
import { startWebhookReceiver } from '../../support/webhook-receiver';

/**
 * One delivery as the queue consumer makes it (functions/webhooks/deliver.ts: deliverWebhook, then the
 * batch's tally), with the real stores on DynamoDB Local and a real POST to a receiver on loopback.
 */
const table = useDynamoDbTable('webhook-delivery-requests');
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver(() => ({ status: 204 }));
});
afterAll(async () => receiver.close());

const owner: WebhookOwner = { kind: 'customer', userId: 'U1' };
const stores = () => {
  const { doc, tableName } = table();
  return {
    endpoints: dynamoWebhookEndpointStore(doc, tableName),
    deliveries: dynamoWebhookDeliveryStore(doc, tableName, { retentionDays: 30 }),
    attempts: dynamoDeliveryAttemptStore(doc, tableName, { retentionDays: 30 }),
    health: dynamoEndpointHealthStore(doc, tableName),
    tally: dynamoDeliveryTallyStore(doc, tableName),
  };
};

/** An endpoint pointing at the receiver, and one event fanned out to it (its record and message). */
const fannedOut = async (endpointId: string, path: string, events = 1) => {
  const { endpoints, deliveries } = stores();
  const at = new Date().toISOString();
  await endpoints.create(owner, { id: endpointId, url: receiver.url(path), eventTypes: [], enabled: true, createdAt: at, updatedAt: at }, newWebhookSecret());
  return Promise.all(
    Array.from({ length: events }, async () => {
      const event = domainEvent('subscription.renewed', { userId: 'U1', subscriptionId: 'S1', currentPeriodEnd: '2030-01-01T00:00:00.000Z' });
      const delivered = { id: event.id, type: event.type, occurredAt: event.occurredAt, detail: event.detail as Record<string, unknown> };
      return deliveryMessageOf(owner, endpointId, delivered, await deliveries.assign(endpointId, delivered, new Date()));
    }),
  );
};

const consumerDeps = (tally: DeliveryDeps['tally']): DeliveryDeps => ({
  ...stores(),
  tally,
  send: createWebhookSender({ allowLoopback: true }, { timeoutMs: 5000 }),
  retrySchedule: [...DEFAULT_RETRY_SCHEDULE_SECONDS],
  healthSettings: DEFAULT_HEALTH_SETTINGS,
  now: () => new Date(),
});

describe('a webhook delivery that succeeds at its first attempt, on DynamoDB Local', () => {
  it('costs at most 4 DynamoDB requests with its batch’s tally: the endpoint, the claim, one write for the log, the claim’s end and the health, the tally', async () => {
    const [first, second] = await fannedOut('E1', '/cost', 2);
    const requests = attachCapacityRecorder(table().doc);
    for (const [message, messageId] of [[first!, 'M1'], [second!, 'M2']] as const) {
      const tally = batchTally();
      expect(await deliverWebhook(consumerDeps(tally), message, 1, messageId)).toEqual({ done: true, result: 'delivered' });
      await tally.flush(stores().tally);
      const sent = requests.take().map((command) => command.operation);
      expect(sent.length).toBeLessThanOrEqual(4);
      // The endpoint read and the claim go side by side (recorded as they finish, in either order); then the
      // log, the claim's end and (at the first success) the endpoint's lastSuccessAt in one transaction; the tally.
      expect(sent.slice(0, 2).sort()).toEqual(['GetItem', 'UpdateItem']);
      expect(sent.slice(2)).toEqual(['TransactWriteItems', 'UpdateItem']);
    }
    requests.detach();
    expect(receiver.to('/cost')).toHaveLength(2);

    // What the readers see is what separate writes left before: the log, the record, the health, the tally.
    const { items } = await stores().attempts.listForEndpoint('E1', { limit: 10 });
    expect(items.map((a) => [a.deliveryId, a.attempt, a.statusCode, a.nextRetryAt])).toEqual([
      [second!.event.id, 1, 204, undefined],
      [first!.event.id, 1, 204, undefined],
    ]);
    for (const message of [first!, second!]) {
      const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.webhookDelivery('E1', message.event.id) }));
      expect(Item).toMatchObject({ attempts: 1, deliveredAt: expect.any(String) });
      expect(Item!.holder).toBeUndefined();
    }
    const endpoint = await stores().endpoints.getEndpointForDelivery(owner, 'E1');
    expect(endpoint!.health.lastSuccessAt).toEqual(expect.any(String));
    expect(await stores().tally.since(new Date(Date.now() - 3600_000))).toEqual({ succeeded: 2, failed: 0 });
    // A later copy of a delivered event (its fan-out ran twice) is dropped unsent.
    expect(await deliverWebhook(consumerDeps(batchTally()), first!, 1, 'M9')).toEqual({ done: true, result: 'duplicate' });
    expect(receiver.to('/cost')).toHaveLength(2);
  });

  it('is sent once when SQS hands the same message out twice side by side (same id, same receive count)', async () => {
    const [message] = await fannedOut('E2', '/twice');
    const tally = batchTally();
    const outcomes = await Promise.all([1, 2].map(() => deliverWebhook(consumerDeps(tally), message!, 1, 'M1')));
    expect(outcomes.map((o) => (o.done ? o.result : 'retry')).sort()).toEqual(['delivered', 'duplicate']);
    expect(receiver.to('/twice')).toHaveLength(1);
    const { items } = await stores().attempts.listForEndpoint('E2', { limit: 10 });
    expect(items.map((a) => [a.attempt, a.statusCode])).toEqual([[1, 204]]);
  });

  it('leaves a failing endpoint’s health and the claim as before: a failed first attempt is logged with its retry and the holder tries again', async () => {
    receiver.answerWith((path) => ({ status: path === '/failing' ? 500 : 204 }));
    try {
      const [message] = await fannedOut('E3', '/failing');
      const outcome = await deliverWebhook(consumerDeps(batchTally()), message!, 1, 'M1');
      expect(outcome).toMatchObject({ done: false, exhausted: false });
      const endpoint = await stores().endpoints.getEndpointForDelivery(owner, 'E3');
      expect(endpoint!.health.firstFailureAt).toEqual(expect.any(String));
      const { items } = await stores().attempts.listForEndpoint('E3', { limit: 10 });
      expect(items).toEqual([expect.objectContaining({ attempt: 1, statusCode: 500, nextRetryAt: expect.any(String) })]);
      // The same message's next receive is its next attempt; a copy meanwhile is not.
      expect(await deliverWebhook(consumerDeps(batchTally()), message!, 1, 'M2')).toEqual({ done: true, result: 'duplicate' });
      expect(await deliverWebhook(consumerDeps(batchTally()), message!, 2, 'M1')).toMatchObject({ done: false });
      expect(receiver.to('/failing')).toHaveLength(2);
    } finally {
      receiver.answerWith(() => ({ status: 204 }));
    }
  });
});
