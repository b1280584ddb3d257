import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { httpHandler } from '../../../shared/http/http-handler';
import { defineRoute } from '../../../shared/http/route';
import { type CallCounter, configuredLimit, countedLimit, windowInWords } from '../../../shared/rate-limit/call-limit';
import type { RateLimiter, RateSubject } from '../../../shared/rate-limit/rate-limiter';
import { apiEvent, context } from '../../support/api-gateway-events';

/** The limiter's behaviour in memory: one fixed window per subject, as the DynamoDB adapter keeps it. */
const memoryLimiter = () => {
  const counts = new Map<string, number>();
  const keyOf = (s: RateSubject) => `${s.scope}#${s.subject}`;
  const limiter: Pick<RateLimiter, 'check' | 'recordFailure'> = {
    async check([subject]) {
      const count = counts.get(keyOf(subject!)) ?? 0;
      return { blocked: count >= subject!.limit, retryAfterSeconds: count >= subject!.limit ? 42 : 0, counted: [] };
    },
    async recordFailure([subject]) {
      counts.set(keyOf(subject!), (counts.get(keyOf(subject!)) ?? 0) + 1);
    },
  };
  return { limiter, counts };
};

const counter: CallCounter = { scope: 'probe', per: 'source address', what: 'probes', defaults: { limit: 2, windowSeconds: 600 }, variable: 'RATE_LIMIT_PROBE' };
const route = defineRoute({
  operationId: 'probe',
  method: 'POST',
  path: '/v1/probe',
  handler: 'probe/probe',
  auth: 'public',
  summary: 'A rate-limited probe',
  tags: ['Probe'],
  request: { body: z.strictObject({ n: z.number() }) },
  responses: { 200: { description: 'Done.' } },
  rateLimit: countedLimit(counter),
});

const post = (body: string, sourceIp = '192.0.2.1') => {
  const event = apiEvent('POST', '/v1/probe', { body, headers: { 'content-type': 'application/json' } });
  event.requestContext.http.sourceIp = sourceIp;
  return event;
};

describe('the per-caller rate limit of a route', () => {
  it('counts valid calls per source address, then answers 429 with Retry-After and the limit named', async () => {
    const { limiter, counts } = memoryLimiter();
    const handler = httpHandler(route, async () => ({ status: 200, body: { ok: true } }), { limiter: () => limiter });
    expect((await handler(post('{"n":"not a number"}'), context())).statusCode).toBe(400);
    expect(counts.size).toBe(0);
    for (let i = 0; i < 2; i++) expect((await handler(post('{"n":1}'), context())).statusCode).toBe(200);
    const refused = await handler(post('{"n":1}'), context());
    expect(refused.statusCode).toBe(429);
    expect(refused.headers?.['retry-after']).toBe('42');
    expect(JSON.parse(refused.body!).detail).toBe('Too many probes from this address: the limit is 2 in 10 minutes. Try again in 42 s.');
    expect((await handler(post('{"n":1}', '198.51.100.7'), context())).statusCode).toBe(200);
    // The address is kept hashed.
    expect([...counts.keys()].join()).not.toContain('192.0.2.1');
  });

  it('is configuration: its variable sets another limit, validated; a counted route without a limiter does not start', () => {
    expect(configuredLimit(counter, { RATE_LIMIT_PROBE: '100/60' })).toEqual({ limit: 100, windowSeconds: 60 });
    expect(configuredLimit(counter, {})).toEqual({ limit: 2, windowSeconds: 600 });
    expect(() => configuredLimit(counter, { RATE_LIMIT_PROBE: '-1/60' })).toThrow(/RATE_LIMIT_PROBE/);
    expect(() => httpHandler(route, async () => ({ status: 200 }))).toThrow(/POST \/v1\/probe declares a rate limit/);
    expect(route.rateLimit?.description).toBe('At most 2 probes per source address in 10 minutes (the default; RATE_LIMIT_PROBE sets another).');
    expect([windowInWords(60), windowInWords(3600), windowInWords(7200), windowInWords(90)]).toEqual(['1 minute', '1 hour', '2 hours', '90 seconds']);
  });
});
