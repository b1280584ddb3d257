import { describe, expect, it } from 'vitest';
import { AWS_LIST_PRICES, TYPICAL_CUSTOMER, customerCostLines, customerMonthCost, measuredCounts, requestUnitsOf } from '../../../bench/customer-cost';

describe('the bench\'s cost per customer-month', () => {
  it('counts a transactional write as 2 write units, other writes as 1 and reads as 1 read unit', () => {
    expect(requestUnitsOf({ TransactWriteItems: 3, PutItem: 2, UpdateItem: 1, GetItem: 4, Query: 1, BatchGetItem: 2 })).toEqual({ write: 9, read: 7 });
  });

  it('prices a webhook delivery from its request units, its EventBridge event, six SQS requests and three invocations', () => {
    const cost = customerMonthCost({ webhookDelivery: { write: 4, read: 2 } });
    const line = cost.lines.find((l) => l.what.startsWith('webhook deliveries'))!;
    const events = TYPICAL_CUSTOMER.webhookEvents;
    const invocation = AWS_LIST_PRICES.lambdaRequest + (TYPICAL_CUSTOMER.taskMs / 1000) * TYPICAL_CUSTOMER.functionMemoryGb * AWS_LIST_PRICES.lambdaGbSecondArm;
    const expected =
      events * (4 * AWS_LIST_PRICES.dynamoWriteRequestUnit + 2 * AWS_LIST_PRICES.dynamoReadRequestUnit + AWS_LIST_PRICES.eventBridgeEvent + 6 * AWS_LIST_PRICES.sqsRequest) + 3 * events * invocation;
    expect(line.usd).toBeCloseTo(expected, 12);
    // Fewer DynamoDB requests per delivery cost less: the figure moves with what the issue asks to cut.
    expect(customerMonthCost({ webhookDelivery: { write: 2, read: 1 } }).total).toBeLessThan(cost.total);
  });

  it('names the parts a run did not measure and leaves them out of the total instead of guessing them', () => {
    const cost = customerMonthCost({});
    expect(cost.missing).toEqual(['API calls', 'webhook deliveries', 'backups', 'metering', 'pod health', 'heartbeats']);
    // Only the archives' storage, which is priced from the assumed size alone.
    expect(cost.lines.map((l) => l.what)).toEqual(['backup archives kept (S3 Standard)']);
    expect(customerCostLines(cost)).toMatch(/Not measured in this run, so not in the total: API calls/);
  });

  it('takes a customer API call from signed-in 2xx customer routes only, and shares a job run among its instances', () => {
    const counts = measuredCounts({
      rows: [
        { request: 'GET /v1/subscriptions', caller: 'authorised', status: 200, operations: ['Query'] },
        { request: 'POST /v1/webhooks', caller: 'authorised', status: 201, operations: ['TransactWriteItems', 'GetItem'] },
        { request: 'GET /v1/notifications', caller: 'authorised', status: 200, operations: ['Query', 'GetItem!ConditionalCheckFailed'] },
        { request: 'GET /v1/admin/users', caller: 'authorised', status: 200, operations: ['Query', 'Query', 'Query'] },
        { request: 'POST /v1/agent/heartbeat', caller: 'authorised', status: 204, operations: ['UpdateItem'] },
        { request: 'GET /v1/subscriptions', caller: 'anonymous', status: 401, operations: [] },
      ],
      latencyP50s: [3, 9, 5],
      metering: { runs: [{ instances: 10, operations: { PutItem: 10, BatchGetItem: 1 } }] },
    });
    expect(counts.apiCall).toEqual({ write: 0, read: 1, p50Ms: 5 });
    expect(counts.meteringPerInstance).toEqual({ write: 1, read: 0.1 });
    expect(counts.webhookDelivery).toBeUndefined();
  });
});
