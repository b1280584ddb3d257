import { GetCommand, QueryCommand } from '../shared/aws/dynamodb';
import { getMeRoute, loginRoute, refreshRoute } from '../functions/auth/auth-routes';
import { getServiceRoute, listServicesRoute } from '../functions/catalog/catalog-routes';
import { verifyPassword } from '../shared/accounts/password-hasher';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { keys } from '../shared/data/keys';
import { DEFAULT_PAGE_SIZE } from '../shared/http/pagination';
import { routeKey, type RouteDefinition } from '../shared/http/route';
import { loginCustomer, refreshCustomer, sendJson, type BenchCustomer, type SessionTokens } from './bench-callers';
import { examplePath } from './function-events';
import { msSince, percentile, ratio, round } from './stats';

export interface LatencyResult {
  route: string;
  request: string;
  warmup: number;
  samples: number;
  /** What the route is measured against, alternately and in this process; absent when nothing is. */
  baseline?: string;
  httpMs: { p50: number; p99: number };
  baselineMs?: { p50: number; p99: number };
  /** http / baseline. */
  ratio?: { p50: number; p99: number };
}

export const timed = async (call: () => Promise<void>): Promise<number> => {
  const start = process.hrtime.bigint();
  await call();
  return msSince(start);
};

export const summary = (values: number[]) => ({ p50: round(percentile(values, 50), 3), p99: round(percentile(values, 99), 3) });

export interface Case {
  route: RouteDefinition;
  request: string;
  http: () => Promise<void>;
  baseline?: { description: string; call: () => Promise<void> };
}

/**
 * Runs a case `warmup + samples` times, the HTTP request and its baseline alternating request by request so
 * both see the same machine load; the warm-up rounds are discarded.
 */
export const measure = async (c: Case, options: { warmup: number; samples: number }): Promise<LatencyResult> => {
  const http: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < options.warmup + options.samples; i++) {
    const h = await timed(c.http);
    const b = c.baseline ? await timed(c.baseline.call) : 0;
    if (i >= options.warmup) {
      http.push(h);
      base.push(b);
    }
  }
  const result: LatencyResult = { route: routeKey(c.route), request: c.request, warmup: options.warmup, samples: options.samples, httpMs: summary(http) };
  if (!c.baseline) return result;
  return {
    ...result,
    baseline: c.baseline.description,
    baselineMs: summary(base),
    ratio: { p50: ratio(percentile(http, 50), percentile(base, 50)), p99: ratio(percentile(http, 99), percentile(base, 99)) },
  };
};

const getOk = (baseUrl: string, path: string, token?: string) => async () => {
  const answer = await sendJson(baseUrl, 'GET', path, { token });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}; the latency bench needs 200: ${answer.text.slice(0, 300)}`);
};

/**
 * Catalog reads through the local runtime over HTTP against the raw DynamoDB Local request underneath,
 * sent by the same document client the handler uses.
 */
export const measureCatalogLatency = async (baseUrl: string, tableName: string, options: { warmup: number; samples: number }): Promise<LatencyResult[]> => {
  const db = dynamoDocumentClient();
  const partition = keys.serviceListing(true, '').GSI1PK;
  const slug = examplePath(getServiceRoute).pathParameters.slug!;
  const listPath = examplePath(listServicesRoute).path;
  const getPath = examplePath(getServiceRoute).path;
  const cases: Case[] = [
    {
      route: listServicesRoute,
      request: `GET ${listPath}`,
      http: getOk(baseUrl, listPath),
      baseline: {
        description: `Query GSI1 ${partition} Limit ${DEFAULT_PAGE_SIZE}`,
        call: async () => {
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
    },
    {
      route: getServiceRoute,
      request: `GET ${getPath}`,
      http: getOk(baseUrl, getPath),
      baseline: {
        description: `GetItem ${keys.service(slug).PK}`,
        call: async () => {
          await db.send(new GetCommand({ TableName: tableName, Key: keys.service(slug), ConsistentRead: false }));
        },
      },
    },
  ];
  const results: LatencyResult[] = [];
  for (const c of cases) results.push(await measure(c, options));
  return results;
};

/**
 * Customer identity through the local runtime over HTTP, as the bench customer:
 *  - login (only successful ones: failures would lock the account after 5) against the password hash's own
 *    cost, verifyPassword of the account's stored hash in this same process;
 *  - refresh, each request trading the refresh token the previous one answered (a token works once), with
 *    no baseline;
 *  - GET /v1/auth/me against the raw GetItem of the user item it reads.
 * Logins are few (each one spends an argon2id hash); refresh and me take the usual sample count.
 */
export const measureAuthLatency = async (
  baseUrl: string,
  tableName: string,
  customer: BenchCustomer,
  options: { loginWarmup: number; loginSamples: number; warmup: number; samples: number },
): Promise<LatencyResult[]> => {
  const db = dynamoDocumentClient();
  const userKey = keys.user(customer.session.user.id);
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: userKey }));
  const storedHash = typeof Item?.passwordHash === 'string' ? Item.passwordHash : '';
  if (!(await verifyPassword(customer.password, storedHash))) throw new Error(`the stored hash of ${userKey.PK} does not verify the bench password`);
  const parameters = /\$(m=\d+,t=\d+,p=\d+)\$/.exec(storedHash)?.[1] ?? 'stored parameters';

  let latest: SessionTokens = customer.session;
  const results: LatencyResult[] = [];
  results.push(
    await measure(
      {
        route: loginRoute,
        request: `POST ${loginRoute.path}`,
        http: async () => {
          latest = await loginCustomer(baseUrl, customer.email, customer.password);
        },
        baseline: {
          description: `verifyPassword alone (argon2id ${parameters})`,
          call: async () => {
            if (!(await verifyPassword(customer.password, storedHash))) throw new Error('verifyPassword failed on the stored hash');
          },
        },
      },
      { warmup: options.loginWarmup, samples: options.loginSamples },
    ),
  );
  results.push(
    await measure(
      {
        route: refreshRoute,
        request: `POST ${refreshRoute.path} (chained)`,
        http: async () => {
          latest = await refreshCustomer(baseUrl, latest.refreshToken);
        },
      },
      options,
    ),
  );
  results.push(
    await measure(
      {
        route: getMeRoute,
        request: `GET ${getMeRoute.path}`,
        // The access token of the last refresh; it is valid for 15 minutes, far longer than this runs.
        http: async () => getOk(baseUrl, getMeRoute.path, latest.accessToken)(),
        baseline: {
          description: `GetItem ${userKey.PK} ${userKey.SK}`,
          call: async () => {
            await db.send(new GetCommand({ TableName: tableName, Key: userKey, ConsistentRead: false }));
          },
        },
      },
      options,
    ),
  );
  return results;
};
