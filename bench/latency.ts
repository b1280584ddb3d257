import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { getServiceRoute, listServicesRoute } from '../functions/catalog/catalog-routes';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import { DEFAULT_PAGE_SIZE } from '../shared/http/pagination';
import { routeKey } from '../shared/http/route';
import { examplePath } from './function-events';
import { msSince, percentile, ratio, round } from './stats';

export interface LatencyResult {
  route: string;
  request: string;
  /** What the raw call underneath is: the one DynamoDB request the handler makes. */
  raw: string;
  httpMs: { p50: number; p99: number };
  rawMs: { p50: number; p99: number };
  ratio: { p50: number; p99: number };
}

const timed = async (call: () => Promise<void>): Promise<number> => {
  const start = process.hrtime.bigint();
  await call();
  return msSince(start);
};

/**
 * A route through the local runtime over HTTP against the raw DynamoDB Local request underneath it, sent
 * by the same document client the handler uses. The two alternate request by request, so both see the same
 * machine load; the warm-up requests are discarded.
 */
export const measureLatency = async (baseUrl: string, tableName: string, options: { warmup: number; samples: number }): Promise<LatencyResult[]> => {
  const db = dynamoDocumentClient();
  const partition = keys.serviceListing(true, '').GSI1PK;
  const slug = examplePath(getServiceRoute).pathParameters.slug!;
  const cases = [
    {
      route: listServicesRoute,
      path: examplePath(listServicesRoute).path,
      raw: `Query GSI1 ${partition} Limit ${DEFAULT_PAGE_SIZE}`,
      rawCall: async () => {
        await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'GSI1',
            KeyConditionExpression: 'GSI1PK = :partition',
            ExpressionAttributeValues: { ':partition': partition },
            Limit: DEFAULT_PAGE_SIZE,
          }),
        );
      },
    },
    {
      route: getServiceRoute,
      path: examplePath(getServiceRoute).path,
      raw: `GetItem ${keys.service(slug).PK}`,
      rawCall: async () => {
        await db.send(new GetCommand({ TableName: tableName, Key: keys.service(slug), ConsistentRead: false }));
      },
    },
  ];

  const results: LatencyResult[] = [];
  for (const c of cases) {
    const httpCall = async () => {
      const response = await fetch(`${baseUrl}${c.path}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${c.path} answered ${response.status}; the latency bench needs 200.`);
    };
    const http: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < options.warmup + options.samples; i++) {
      const h = await timed(httpCall);
      const r = await timed(c.rawCall);
      if (i >= options.warmup) {
        http.push(h);
        raw.push(r);
      }
    }
    const httpMs = { p50: round(percentile(http, 50), 3), p99: round(percentile(http, 99), 3) };
    const rawMs = { p50: round(percentile(raw, 50), 3), p99: round(percentile(raw, 99), 3) };
    results.push({
      route: routeKey(c.route),
      request: `GET ${c.path}`,
      raw: c.raw,
      httpMs,
      rawMs,
      ratio: { p50: ratio(percentile(http, 50), percentile(raw, 50)), p99: ratio(percentile(http, 99), percentile(raw, 99)) },
    });
  }
  return results;
};
