import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { KEPT_STEPS } from '../../shared/subscriptions/dynamo-subscription-store';
import { buildOpenApiDocument } from '../../functions/openapi/build-openapi-document';
import { queues } from '../../functions/queues';
import { routes } from '../../functions/routes';
import { LOGIN_LIMITS } from '../../shared/accounts/login';
import { MAX_PAGE_SIZE } from '../../shared/http/pagination';
import { DEFAULT_MAX_BODY_BYTES } from '../../shared/http/middleware/request-limits';
import { isDocumented, routeKey, type RouteDefinition } from '../../shared/http/route';
import { MAX_RANGE_DAYS } from '../../shared/metering/usage-range';
import { registrationLimit, subscriptionCreateLimit } from '../../shared/rate-limit/api-call-limits';
import { configuredLimit } from '../../shared/rate-limit/call-limit';
import { WEBHOOK_CALL_LIMITS } from '../../shared/webhooks/send-test-event';
import { apiClient } from '../support/api-client';
import { recordHardeningFigures } from '../support/hardening-report';
import { useLocalPlatform } from '../support/local-platform';
import { useHardeningSuite } from './support/hardening-suite';
import { expectedAnswer, identityNames, type IdentityName } from './support/identities';
import { requestFor } from './support/route-requests';
import { send } from './support/send';

/**
 * Issue 9, OWASP API4/API6 (unrestricted resource consumption, sensitive business flows): every list is
 * paginated with a capped page, every other collection in an answer is bounded, every body is capped, and
 * registering, logging in, subscribing and testing webhooks are limited per caller with 429 and Retry-After.
 * The limits counted by the middleware are configuration: this file runs with low ones of its own.
 */
// Above what the world and these tests register from 127.0.0.1 (the world's accounts to reset and to close among them).
const REGISTER_LIMIT = 16;
// The world (hardening-world.ts) subscribes its customer six times; the limit test uses fresh customers.
const CREATE_LIMIT = 6;
process.env[registrationLimit.variable] = `${REGISTER_LIMIT}/3600`;
process.env[subscriptionCreateLimit.variable] = `${CREATE_LIMIT}/3600`;

const platform = useLocalPlatform({ stripeMock: true });
const api = apiClient(platform);
const documented = routes.filter(isDocumented);
const figures = { paginatedLists: 0, boundedCollections: 0, cappedBodies: 0, rateLimitedOperations: 0, refusedWith429: 0 };

const suite = useHardeningSuite(platform, api);

/** The caller a route lets in: A on customer routes, else its own kind; public routes take none. */
const callerOf = (route: RouteDefinition): IdentityName | undefined =>
  route.auth === 'public' || route.auth === 'signed-inbound' ? undefined : identityNames.find((identity) => expectedAnswer(route, identity) === 'success');
const call = (route: RouteDefinition, query = '') => {
  const request = requestFor(suite.requests, route);
  const caller = callerOf(route);
  return send(platform(), route, { ...request, query }, caller ? suite.headersOf(caller, route, undefined) : {});
};

type JsonSchema = { $ref?: string; type?: string; properties?: Record<string, JsonSchema>; maxItems?: number; anyOf?: JsonSchema[] };
const document = buildOpenApiDocument('hardening') as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonSchema }>; headers?: Record<string, unknown>; description: string }> }>>;
  components: { schemas: Record<string, JsonSchema> };
};
const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined =>
  schema?.$ref ? resolve(document.components.schemas[schema.$ref.split('/').at(-1)!]) : schema;
const isArray = (schema: JsonSchema | undefined) => schema?.type === 'array' || Boolean(schema?.anyOf?.some((option) => option.type === 'array'));

/** The arrays at the top of a GET's answer, by property name, with their declared maxItems. */
const arraysOf = (route: RouteDefinition) => {
  const operation = document.paths[route.path]![route.method.toLowerCase()]!;
  const [, ok] = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))!;
  const schema = resolve(ok.content?.['application/json']?.schema);
  return Object.entries(schema?.properties ?? {})
    .filter(([, property]) => isArray(resolve(property)))
    .map(([name, property]) => ({ name, maxItems: resolve(property)!.maxItems, paginated: name === 'items' && Boolean(schema?.properties?.nextCursor) }));
};

/**
 * Collections in an answer that are not pages: each is bounded by something other than a page size, said
 * here and checked against the running platform. A new one fails the suite until it is paginated or added.
 */
const bounded: Record<string, { why: string; check: (json: any) => Promise<void> | void }> = {
  'adminListQueues.items': { why: 'one row per queue of the queue table (functions/queues.ts)', check: (json) => expect(json.items).toHaveLength(queues.length) },
  'getSubscriptionUsage.samples': {
    why: `hourly samples over a range of at most ${MAX_RANGE_DAYS} days`,
    check: async () => {
      const route = documented.find((r) => r.operationId === 'getSubscriptionUsage')!;
      const tooLong = await call(route, `?from=2026-01-01T00:00:00Z&to=${encodeURIComponent(new Date(Date.parse('2026-01-01T00:00:00Z') + (MAX_RANGE_DAYS + 1) * 86_400_000).toISOString())}`);
      expect(tooLong.status).toBe(400);
      expect(tooLong.json.errors.map((e: { field: string }) => e.field)).toContain('query.to');
    },
  },
  'getJwks.keys': { why: 'the signing keys: one, two while a key is rotated', check: (json) => expect(json.keys.length).toBeLessThanOrEqual(2) },
  'getSubscriptionInstance.steps': {
    why: 'the last 20 steps of the instance’s workflows (KEPT_STEPS; older ones are not shown), each recorded once per operation',
    check: (json) => expect(json.steps.length).toBeLessThanOrEqual(KEPT_STEPS),
  },
  'getWebhook.eventTypes': { why: 'the catalogue’s customer event types, at most 50 by the create and update bodies, duplicates dropped', check: (json) => expect(json.eventTypes.length).toBeLessThanOrEqual(50) },
  'adminGetWebhook.eventTypes': { why: 'the catalogue’s platform event types, at most 50 by the bodies, duplicates dropped', check: (json) => expect(json.eventTypes.length).toBeLessThanOrEqual(50) },
};

describe('every list is paginated with a capped page; every other collection is bounded', () => {
  const reads = documented.filter((route) => route.method === 'GET');

  it('each array of each GET answer is a page or a declared bound', () => {
    const unbounded = reads.flatMap((route) =>
      arraysOf(route)
        .filter((array) => !array.paginated && array.maxItems === undefined && !bounded[`${route.operationId}.${array.name}`])
        .map((array) => `${route.operationId}.${array.name}`),
    );
    expect(unbounded, 'paginate these, or bound them and say why in `bounded`').toEqual([]);
    const present = new Set(reads.flatMap((route) => arraysOf(route).map((array) => `${route.operationId}.${array.name}`)));
    expect(Object.keys(bounded).filter((key) => !present.has(key)), 'stale entries of `bounded`').toEqual([]);
  });

  it.each(reads.filter((route) => arraysOf(route).some((array) => array.paginated)).map((route) => ({ route, name: routeKey(route) })))(
    '$name: limit and cursor in the query, a page over the cap refused naming `limit`, pages that follow each other',
    async ({ route }) => {
      figures.paginatedLists++;
      const query = route.request?.query as { shape?: Record<string, unknown> } | undefined;
      expect(Object.keys(query?.shape ?? {})).toEqual(expect.arrayContaining(['limit', 'cursor']));
      for (const limit of [MAX_PAGE_SIZE + 1, 0, 1_000_000]) {
        const refused = await call(route, `?limit=${limit}`);
        expect(refused.status, `limit=${limit}`).toBe(400);
        expect(refused.json.errors.map((e: { field: string }) => e.field)).toContain('query.limit');
      }
      const full = await call(route, `?limit=${MAX_PAGE_SIZE}`);
      expect(full.status).toBe(200);
      expect(full.json.items.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
      const first = await call(route, '?limit=1');
      expect(first.status).toBe(200);
      // The world holds at least two items on every list (hardening-world.ts), so a page of one has a next.
      expect(full.json.items.length, 'the world must hold two items of this list').toBeGreaterThanOrEqual(2);
      expect(first.json.items).toHaveLength(1);
      expect(first.json.nextCursor).toEqual(expect.any(String));
      const second = await call(route, `?limit=1&cursor=${encodeURIComponent(first.json.nextCursor)}`);
      expect(second.status).toBe(200);
      expect(second.json.items).toHaveLength(1);
      expect(JSON.stringify(second.json.items)).not.toBe(JSON.stringify(first.json.items));
    },
  );

  it.each(Object.entries(bounded).map(([key, bound]) => ({ key, bound })))('$key is bounded: $bound.why', async ({ key, bound }) => {
    figures.boundedCollections++;
    const route = documented.find((r) => r.operationId === key.split('.')[0])!;
    const answer = await call(route);
    expect(answer.status).toBe(200);
    await bound.check(answer.json);
  });
});

describe('every body is capped', () => {
  const writes = documented.filter((route) => route.method !== 'GET');

  it.each(writes.map((route) => ({ route, name: routeKey(route) })))('$name: one byte over its limit is a 413 naming the body', async ({ route }) => {
    figures.cappedBodies++;
    const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const raw = JSON.stringify({ padding: 'x'.repeat(limit) });
    const request = requestFor(suite.requests, route);
    const caller = callerOf(route);
    const answer = await send(platform(), route, { ...request, body: undefined, raw }, caller ? suite.headersOf(caller, route, raw) : {});
    expect(answer.status, answer.text.slice(0, 200)).toBe(413);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.json.errors).toEqual([{ field: 'body', message: `must be at most ${limit} bytes` }]);
  });
});

/** A request from another loopback address: another caller, as the platform tells callers apart. */
const postFrom = (localAddress: string, path: string, body: unknown) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: any }>((resolvePromise, reject) => {
    const url = new URL(`${platform().url}${path}`);
    const text = JSON.stringify(body);
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode!, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });

/** A 429 as API.md says: Retry-After in whole seconds within the window, and the limit named in the detail. */
const expectRateLimited = (answer: { status: number; json: any; retryAfter: string | null | undefined }, limit: number, window: string) => {
  expect(answer.status).toBe(429);
  figures.refusedWith429++;
  const seconds = Number(answer.retryAfter);
  expect(Number.isInteger(seconds) && seconds > 0).toBe(true);
  expect(answer.json.type).toMatch(/rate-limited$/);
  expect(answer.json.detail).toContain(`${limit}`);
  expect(answer.json.detail).toContain(window);
};

describe('rate limits per caller, with 429 and Retry-After', () => {
  it('the OpenAPI document declares a 429 with Retry-After on every operation, and names the limit where one is counted per caller', () => {
    for (const route of documented) {
      const answer = document.paths[route.path]![route.method.toLowerCase()]!.responses['429']!;
      expect(answer.headers, routeKey(route)).toHaveProperty('Retry-After');
      if (route.rateLimit) expect(answer.description).toContain(route.rateLimit.description);
    }
    const limited = documented.filter((route) => route.rateLimit).map((route) => route.operationId);
    expect(limited).toEqual(expect.arrayContaining(['login', 'register', 'createSubscription', 'testWebhook']));
    figures.rateLimitedOperations = limited.length;
  });

  it('the counted limits are configuration: a bad value names its variable, none keeps the default', () => {
    expect(configuredLimit(registrationLimit, {})).toEqual(registrationLimit.defaults);
    expect(configuredLimit(registrationLimit, { RATE_LIMIT_REGISTER: '5/60' })).toEqual({ limit: 5, windowSeconds: 60 });
    expect(() => configuredLimit(registrationLimit, { RATE_LIMIT_REGISTER: 'lots' })).toThrow(/RATE_LIMIT_REGISTER/);
    expect(() => configuredLimit(registrationLimit, { RATE_LIMIT_REGISTER: '0/60' })).toThrow(/RATE_LIMIT_REGISTER/);
  });

  it(`register: ${REGISTER_LIMIT} per source address an hour (as configured here), then 429; another address is not held back; an invalid body costs nothing`, async () => {
    const body = (n: string) => ({ email: `limited-${n}-${Date.now()}@example.com`, password: 'a long enough passphrase 42', name: 'Limited' });
    expect((await postFrom('127.0.0.3', '/v1/auth/register', { email: 'not an email' })).status).toBe(400);
    for (let i = 0; i < REGISTER_LIMIT; i++) expect((await postFrom('127.0.0.3', '/v1/auth/register', body(`${i}`))).status, `registration ${i + 1}`).toBe(201);
    const refused = await postFrom('127.0.0.3', '/v1/auth/register', body('over'));
    expectRateLimited({ ...refused, retryAfter: refused.headers['retry-after'] as string }, REGISTER_LIMIT, '1 hour');
    expect(refused.json.detail).toContain('registrations from this address');
    expect((await postFrom('127.0.0.4', '/v1/auth/register', body('elsewhere'))).status).toBe(201);
  });

  it(`subscription create: ${CREATE_LIMIT} per customer an hour (as configured here), then 429; another customer is not held back`, async () => {
    const [one, other] = [await api.register(), await api.register()];
    const create = (token: string) => api.call('POST', '/v1/subscriptions', { token, body: { serviceSlug: 'ghost', planId: 'starter' } });
    for (let i = 0; i < CREATE_LIMIT; i++) {
      const created = await create(one.accessToken);
      expect(created.status, created.text.slice(0, 300)).toBe(202);
    }
    const refused = await create(one.accessToken);
    expectRateLimited({ ...refused, retryAfter: refused.headers.get('retry-after') }, CREATE_LIMIT, '1 hour');
    expect(refused.json.detail).toContain('subscriptions created by this customer');
    expect((await create(other.accessToken)).status).toBe(202);
    expect((await api.call('GET', '/v1/subscriptions', { token: one.accessToken })).json.items).toHaveLength(CREATE_LIMIT);
  });

  it(`login: ${LOGIN_LIMITS.perAccount} failures per account, then 429 even with the right password; another account is not held back`, async () => {
    const [one, other] = [await api.register(), await api.register()];
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) expect((await api.login(one.email, 'a wrong passphrase 1234')).status).toBe(401);
    const refused = await api.login(one.email, one.password);
    expectRateLimited({ ...refused, retryAfter: refused.headers.get('retry-after') }, LOGIN_LIMITS.perAccount, '15 minutes');
    expect((await api.login(other.email, other.password)).status).toBe(200);
  });

  it(`webhook test: ${WEBHOOK_CALL_LIMITS.testsPerWindow} per customer in ${WEBHOOK_CALL_LIMITS.windowSeconds / 60} minutes, then 429; another customer is not held back`, async () => {
    const endpointOf = async (customer: { accessToken: string }) =>
      (await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: suite.world.receiver.url('/limited'), eventTypes: ['instance.failed'] } })).json.webhook.id as string;
    const [one, other] = [await api.register(), await api.register()];
    const [hookOne, hookOther] = [await endpointOf(one), await endpointOf(other)];
    const test = (customer: { accessToken: string }, id: string) => api.call('POST', `/v1/webhooks/${id}/test`, { token: customer.accessToken });
    for (let i = 0; i < WEBHOOK_CALL_LIMITS.testsPerWindow; i++) expect((await test(one, hookOne)).status).toBe(202);
    const refused = await test(one, hookOne);
    expectRateLimited({ ...refused, retryAfter: refused.headers.get('retry-after') }, WEBHOOK_CALL_LIMITS.testsPerWindow, '10 minutes');
    expect((await test(other, hookOther)).status).toBe(202);
  });

  it('records the figures', () => {
    expect(figures.refusedWith429).toBe(4);
    recordHardeningFigures('resource-consumption', {
      suite: 'Resource consumption',
      figures: {
        'paginated lists': figures.paginatedLists,
        'bounded collections': figures.boundedCollections,
        'capped bodies': figures.cappedBodies,
        'rate-limited operations': figures.rateLimitedOperations,
        '429s checked': figures.refusedWith429,
      },
      notes: [
        `Added: per-caller limits on register (${registrationLimit.defaults.limit} per source address an hour, ${registrationLimit.variable}) and subscription create (${subscriptionCreateLimit.defaults.limit} per customer an hour, ${subscriptionCreateLimit.variable}), counted in the table by one middleware; every 429 names its limit.`,
        'The OpenAPI document declares Retry-After on every 429 and 503, and each per-caller limit in its 429.',
      ],
    });
  });
});
