import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../../infra/local/lambda-context';
import { toBusEnvelope } from '../../../shared/events/bus-envelope';
import { domainEvent, type DomainEvent } from '../../../shared/events/domain-event';
import { queueUrlVariable } from '../../../shared/queues/queue-names';
import { dynamoWebhookEndpointStore } from '../../../shared/webhooks/dynamo-webhook-endpoint-store';
import { WEBHOOK_DELIVERY_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { newWebhookSecret } from '../../../shared/webhooks/webhook-secret';
import { useDynamoDbTable } from '../../support/dynamodb';
import { startSqsStandIn } from '../../support/sqs-stand-in';

/**
 * The fan-out queue's consumer (functions/webhooks/fan-out.ts) on DynamoDB Local, its delivery queue an SQS
 * stand-in on loopback (it refuses entries on cue) reached by the function's own SQS client: the batch's delivery messages go out ten per SendMessageBatch, and a record one of whose messages
 * SQS would not take is the record reported failed, so SQS hands it out again and nothing is lost.
 */
const table = useDynamoDbTable('webhook-fan-out-batch');
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/000000000000/webhook-delivery';
let sqs: Awaited<ReturnType<typeof startSqsStandIn>>;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  const { endpoint, tableName } = table();
  sqs = await startSqsStandIn();
  Object.assign(process.env, { AWS_ENDPOINT_URL_SQS: sqs.url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', TABLE_NAME: tableName, EVENT_BUS_NAME: 'bus', AWS_ENDPOINT_URL_DYNAMODB: endpoint, [queueUrlVariable(WEBHOOK_DELIVERY_QUEUE)]: QUEUE_URL });
  handler = (await import('../../../functions/webhooks/fan-out')).handler as never;
  const { doc } = table();
  const endpoints = dynamoWebhookEndpointStore(doc, tableName);
  const at = new Date().toISOString();
  // Two customers with three endpoints each.
  for (const userId of ['U1', 'U2'])
    for (const n of [1, 2, 3])
      await endpoints.create({ kind: 'customer', userId }, { id: `${userId}-E${n}`, url: `https://hooks.example.com/${userId}/${n}`, eventTypes: [], enabled: true, createdAt: at, updatedAt: at }, newWebhookSecret());
});
afterAll(() => sqs?.close());

const renewal = (userId: string) => domainEvent('subscription.renewed', { userId, subscriptionId: 'S1', currentPeriodEnd: '2030-01-01T00:00:00.000Z' });
const recordOf = (event: DomainEvent, n: number): SQSRecord =>
  ({
    messageId: `m-${n}`,
    receiptHandle: `r-${n}`,
    body: JSON.stringify(toBusEnvelope(event, { id: `env-${n}`, account: '000000000000', region: 'us-east-1' })),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'x', ApproximateFirstReceiveTimestamp: String(Date.now()) },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:webhook-fan-out',
    awsRegion: 'us-east-1',
  }) as SQSRecord;
const sentMessages = () =>
  sqs.inputs('SendMessageBatch').flatMap((input) => input.Entries!.map((entry) => JSON.parse(entry.MessageBody!) as { endpointId: string; event: { id: string }; sequence: number }));

describe('the fan-out consumer’s sends', () => {
  it('sends a batch’s 24 delivery messages in three SendMessageBatch requests, none alone, each endpoint numbered 1…n', async () => {
    sqs.reset();
    sqs.on('SendMessageBatch', () => ({ Successful: [], Failed: [] }));
    const events = Array.from({ length: 8 }, (_, n) => renewal(n % 2 ? 'U2' : 'U1'));
    const answer = await handler({ Records: events.map(recordOf) }, lambdaContext('webhooks-fan-out'));
    expect(answer.batchItemFailures).toEqual([]);
    expect(sqs.inputs('SendMessage')).toHaveLength(0);
    expect(sqs.inputs('SendMessageBatch').map((input) => input.Entries!.length)).toEqual([10, 10, 4]);
    const sent = sentMessages();
    expect(sent).toHaveLength(24);
    for (const endpointId of ['U1-E1', 'U1-E2', 'U1-E3', 'U2-E1', 'U2-E2', 'U2-E3']) {
      expect(sent.filter((m) => m.endpointId === endpointId).map((m) => m.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    }
  });

  it('reports the record whose message SQS refused, and its retry sends the same numbers again', async () => {
    sqs.reset();
    const [first, second] = [renewal('U1'), renewal('U2')];
    const refusedEndpoint = 'U2-E2';
    sqs.on('SendMessageBatch', (input) => ({
      Successful: [],
      Failed: input.Entries!.filter((entry) => entry.MessageBody!.includes(`"endpointId":"${refusedEndpoint}"`)).map((entry) => ({ Id: entry.Id!, Code: 'InternalError', SenderFault: false })),
    }));
    const answer = await handler({ Records: [recordOf(first, 1), recordOf(second, 2)] }, lambdaContext('webhooks-fan-out'));
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: 'm-2' }]);
    // The refused entry alone was sent again before the record was given up on.
    expect(sqs.inputs('SendMessageBatch').map((input) => input.Entries!.length)).toEqual([6, 1, 1]);
    const numbers = (endpointId: string) => sentMessages().filter((m) => m.endpointId === endpointId && m.event.id === second.id).map((m) => m.sequence);
    const before = numbers(refusedEndpoint)[0];

    sqs.reset();
    sqs.on('SendMessageBatch', () => ({ Successful: [], Failed: [] }));
    const retry = await handler({ Records: [recordOf(second, 2)] }, lambdaContext('webhooks-fan-out'));
    expect(retry.batchItemFailures).toEqual([]);
    const resent = sentMessages();
    expect(resent.map((m) => m.endpointId).sort()).toEqual(['U2-E1', 'U2-E2', 'U2-E3']);
    expect(numbers(refusedEndpoint)).toEqual([before]);
  });
});
