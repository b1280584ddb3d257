import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachCapacityRecorder } from '../../../bench/capacity-recorder';
import { lambdaContext } from '../../../infra/local/lambda-context';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { keys } from '../../../shared/data/keys';
import { toBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent, type DomainEvent } from '../../../shared/events/domain-event';
import { queueUrlVariable } from '../../../shared/queues/queue-names';
import { dynamoDeliveryAttemptStore } from '../../../shared/webhooks/dynamo-delivery-attempt-store';
import { dynamoDeliveryTallyStore } from '../../../shared/webhooks/dynamo-delivery-tally-store';
import { dynamoWebhookEndpointStore } from '../../../shared/webhooks/dynamo-webhook-endpoint-store';
import { WEBHOOK_DELIVERY_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';
import { useDynamoDbTable } from '../../support/dynamodb';
import { startSqsStandIn } from '../../support/sqs-stand-in';
import { startWebhookReceiver } from '../../support/webhook-receiver';
import { GetCommand } from '../../../shared/aws/dynamodb';

/**
 * The whole path of a delivery after its event reached the fan-out queue, through the two queue consumers
 * (functions/webhooks/fan-out.ts, then deliver.ts) on DynamoDB Local, the delivery queue an SQS stand-in (its
 * messages handed to the delivery consumer as the next batch) and a receiver on loopback: what every
 * DynamoDB request of both consumers adds up to per delivery. A count, not a timing.
 */
const table = useDynamoDbTable('webhook-path-requests');
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/000000000000/webhook-delivery';
let sqs: Awaited<ReturnType<typeof startSqsStandIn>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let fanOut: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
let deliver: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  const { endpoint, tableName } = table();
  sqs = await startSqsStandIn();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_SQS: sqs.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    TABLE_NAME: tableName,
    EVENT_BUS_NAME: 'bus',
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    WEBHOOKS_ALLOW_LOOPBACK: '1',
    [queueUrlVariable(WEBHOOK_DELIVERY_QUEUE)]: QUEUE_URL,
  });
  receiver = await startWebhookReceiver(() => ({ status: 204 }));
  fanOut = (await import('../../../functions/webhooks/fan-out')).handler as never;
  deliver = (await import('../../../functions/webhooks/deliver')).handler as never;
});
afterAll(async () => {
  await sqs?.close();
  await receiver.close();
});

const renewal = (userId: string) => domainEvent('subscription.renewed', { userId, subscriptionId: 'S1', currentPeriodEnd: '2030-01-01T00:00:00.000Z' });
const record = (messageId: string, body: string): SQSRecord =>
  ({
    messageId,
    receiptHandle: `r-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'x', ApproximateFirstReceiveTimestamp: String(Date.now()) },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:x',
    awsRegion: 'us-east-1',
  }) as SQSRecord;
const envelope = (event: DomainEvent, n: number) => JSON.stringify(toBusEnvelope(event, { id: `env-${n}`, account: '000000000000', region: 'us-east-1' }));

describe('a webhook delivery that succeeds at its first attempt, fan-out and delivery consumers together', () => {
  it('costs at most 4 DynamoDB requests, the fan-out’s share included; every delivery arrives once, numbered 1…n per endpoint, logged and marked delivered', async () => {
    const owners = ['U1', 'U2'];
    const endpoints = dynamoWebhookEndpointStore(table().doc, table().tableName);
    const at = new Date().toISOString();
    for (const userId of owners)
      for (const n of [1, 2])
        await endpoints.create({ kind: 'customer', userId }, { id: `${userId}-E${n}`, url: receiver.url(`/${userId}/${n}`), eventTypes: [], enabled: true, createdAt: at, updatedAt: at }, newWebhookSecret());
    // Ten events, five per customer, as the fan-out queue hands them out: 20 deliveries.
    const events = Array.from({ length: 10 }, (_, n) => renewal(owners[n % 2]!));
    const queued: string[] = [];
    sqs.on('SendMessageBatch', (input) => {
      queued.push(...input.Entries!.map((entry) => entry.MessageBody!));
      return { Successful: [], Failed: [] };
    });

    const requests = attachCapacityRecorder(dynamoDocumentClient());
    try {
      expect((await fanOut({ Records: events.map((event, n) => record(`f-${n}`, envelope(event, n))) }, lambdaContext('webhooks-fan-out'))).batchItemFailures).toEqual([]);
      expect(queued).toHaveLength(20);
      // The delivery queue's batches of ten.
      for (let start = 0; start < queued.length; start += 10) {
        const batch = queued.slice(start, start + 10).map((body, n) => record(`d-${start + n}`, body));
        expect((await deliver({ Records: batch }, lambdaContext('webhooks-deliver'))).batchItemFailures).toEqual([]);
      }
      const sent = requests.take();
      expect(sent.filter((command) => command.error)).toEqual([]);
      expect(sent.length / queued.length).toBeLessThanOrEqual(4);
    } finally {
      requests.detach();
    }

    // Nothing lost, nothing twice, each endpoint's numbers 1…5 in event order.
    for (const userId of owners)
      for (const n of [1, 2]) {
        const arrived = receiver.to(`/${userId}/${n}`);
        const sentToOwner = events.filter((event) => (event.detail as { userId: string }).userId === userId);
        expect(arrived.map((delivery) => delivery.headers['webhook-id']).sort()).toEqual(sentToOwner.map((event) => event.id).sort());
        const byId = new Map(arrived.map((delivery) => [delivery.headers['webhook-id'], Number(delivery.headers['webhook-sequence'])]));
        expect(sentToOwner.map((event) => byId.get(event.id))).toEqual([1, 2, 3, 4, 5]);
      }
    // What the API and the stats read: each attempt in the log, each delivery done, the hour's tally.
    const attempts = dynamoDeliveryAttemptStore(table().doc, table().tableName, { retentionDays: 30 });
    const { items } = await attempts.listForEndpoint('U1-E1', { limit: 10 });
    expect(items.map((attempt) => [attempt.attempt, attempt.statusCode])).toEqual(Array.from({ length: 5 }, () => [1, 204]));
    const { Item } = await table().doc.send(new GetCommand({ TableName: table().tableName, Key: keys.webhookDelivery('U2-E2', events[1]!.id) }));
    expect(Item).toMatchObject({ attempts: 1, deliveredAt: expect.any(String), sequence: 1 });
    expect(await dynamoDeliveryTallyStore(table().doc, table().tableName).since(new Date(Date.now() - 3600_000))).toEqual({ succeeded: 20, failed: 0 });
  });
});
