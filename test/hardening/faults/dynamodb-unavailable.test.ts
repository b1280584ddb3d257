import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFunctionTimeout } from '../../../infra/aws/constructs/platform-function';
import { clientConfig, AWS_TIMEOUTS } from '../../../shared/aws/clients';
import { apiClient } from '../../support/api-client';
import { recordHardeningFigures } from '../../support/hardening-report';
import { useLocalPlatform } from '../../support/local-platform';
import { dynamoDbLocalPidFor, isFrozen } from '../../support/processes';
import { registerWorker, settledInstance, until } from '../../support/provisioning';

/**
 * Fault: DynamoDB unavailable for a few seconds. DynamoDB Local's Java process is frozen (SIGSTOP), the way an
 * unreachable endpoint behaves: connections are accepted by the kernel and nothing ever answers. Requests of
 * every kind must be answered 503 problem+json with Retry-After within the SDK's bounded timeouts (never a
 * 500, never a hang), a transaction must be all or nothing, and once it thaws (SIGCONT) the same requests
 * must succeed with nothing restarted.
 */
const platform = useLocalPlatform();
const api = apiClient(platform);

/** API Gateway's HTTP API gives an integration 30 s at most: an answer later than that is a hang. */
const GATEWAY_LIMIT_MS = 29_000;

interface Call {
  name: string;
  method: string;
  path: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const send = async (call: Call) => {
  try {
    const response = await fetch(`${platform().url}${call.path}`, {
      method: call.method,
      headers: {
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(GATEWAY_LIMIT_MS),
    });
    const text = await response.text();
    return { name: call.name, status: response.status, contentType: response.headers.get('content-type'), retryAfter: response.headers.get('retry-after'), text };
  } catch (error) {
    return { name: call.name, status: 0, contentType: null, retryAfter: null, text: `no answer: ${(error as Error).name}` };
  }
};

let customer: Awaited<ReturnType<typeof api.register>>;
beforeAll(async () => {
  await registerWorker(api);
  customer = await api.register();
});

describe('fault: DynamoDB unavailable for a few seconds', () => {
  it('every DynamoDB request of a handler fails in bounded time: the timeouts and retries fit in a function’s timeout', () => {
    const config = clientConfig('DYNAMODB', {});
    expect(config.requestHandler).toMatchObject({ throwOnRequestTimeout: true, requestTimeout: AWS_TIMEOUTS.requestTimeoutMs, connectionTimeout: AWS_TIMEOUTS.connectionTimeoutMs });
    // Each attempt waits for its connection or its answer, never both; the standard retry backoff adds < 1 s.
    const worstCaseMs = config.maxAttempts * Math.max(AWS_TIMEOUTS.requestTimeoutMs, AWS_TIMEOUTS.connectionTimeoutMs) + 1000;
    expect(worstCaseMs).toBeLessThan(defaultFunctionTimeout.toMilliseconds());
  });

  it('answers 503 with Retry-After while it is down, writes nothing by halves, and recovers by itself', async () => {
    const idempotencyKey = randomUUID();
    const newcomer = { email: `outage-${Date.now()}@example.com`, password: 'correct horse battery staple', name: 'Outage Newcomer' };
    const calls: Call[] = [
      { name: 'list the catalog', method: 'GET', path: '/v1/services' },
      { name: 'read a service', method: 'GET', path: '/v1/services/n8n' },
      { name: 'read my profile', method: 'GET', path: '/v1/auth/me', token: customer.accessToken },
      { name: 'list my subscriptions', method: 'GET', path: '/v1/subscriptions', token: customer.accessToken },
      { name: 'log in', method: 'POST', path: '/v1/auth/login', body: { email: customer.email, password: customer.password } },
      { name: 'subscribe (one transaction)', method: 'POST', path: '/v1/subscriptions', token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' }, headers: { 'idempotency-key': idempotencyKey } },
      { name: 'register (one transaction)', method: 'POST', path: '/v1/auth/register', body: newcomer },
    ];

    const java = dynamoDbLocalPidFor(platform().dynamoDbEndpoint);
    process.kill(java, 'SIGSTOP');
    let during: Awaited<ReturnType<typeof send>>[];
    let health: Awaited<ReturnType<typeof send>>;
    let frozenThroughout: boolean;
    try {
      await until(async () => isFrozen(java), Boolean, 'every thread of DynamoDB Local to stop', 10_000);
      [health, ...during] = await Promise.all([send({ name: 'health', method: 'GET', path: '/v1/health' }), ...calls.map(send)]);
      frozenThroughout = isFrozen(java);
    } finally {
      process.kill(java, 'SIGCONT');
    }
    // Nothing but this test may thaw it while the calls are out; an answer from a thawed table would prove nothing.
    expect(frozenThroughout, 'DynamoDB Local was still frozen when the last answer came').toBe(true);

    // The API itself stayed up; every call that needs the table was refused as a retryable dependency failure.
    expect(health.status).toBe(200);
    for (const answer of during) {
      expect({ name: answer.name, status: answer.status, contentType: answer.contentType }).toEqual({ name: answer.name, status: 503, contentType: 'application/problem+json' });
      expect(Number(answer.retryAfter), answer.name).toBeGreaterThan(0);
      expect(JSON.parse(answer.text), answer.name).toMatchObject({ status: 503, type: expect.stringMatching(/dependency-unavailable$/) });
      expect(answer.text, answer.name).not.toMatch(/at .+\.ts:\d+|127\.0\.0\.1|DynamoDB Local/);
    }

    // Recovery by itself: the same reads succeed again, nothing restarted.
    await until(() => send(calls[0]!), (answer) => answer.status === 200, 'the catalog to answer again', 30_000);
    const reads = await Promise.all(calls.slice(0, 5).map(send));
    expect(reads.map((answer) => [answer.name, answer.status])).toEqual(calls.slice(0, 5).map((call) => [call.name, 200]));

    // The subscription's transaction: the same request (same Idempotency-Key) now succeeds, and whether or
    // not the outage's attempt landed late, there is exactly one subscription with its instance and one event.
    const subscribed = await send(calls[5]!);
    expect(subscribed.status).toBe(202);
    const { subscription, instance } = JSON.parse(subscribed.text) as { subscription: { id: string }; instance: { id: string } };
    const listed = await api.call('GET', '/v1/subscriptions', { token: customer.accessToken });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toEqual([subscription.id]);
    expect((await api.call('GET', `/v1/subscriptions/${subscription.id}/instance`, { token: customer.accessToken })).json.id).toBe(instance.id);
    await platform().drainStreams();
    const created = platform().bus.recent().filter((event) => event.type === 'subscription.created' && (event.detail as { userId: string }).userId === customer.user.id);
    expect(created.map((event) => (event.detail as { subscriptionId: string }).subscriptionId)).toEqual([subscription.id]);
    // The rest of the runtime recovered too: the workflow provisions it.
    expect((await settledInstance(api, customer.accessToken, subscription.id)).status).toBe('RUNNING');

    // The account's transaction: all or nothing. Registering again succeeds, or is refused because the
    // outage's attempt landed late; either way the account is whole (it logs in) and was announced once.
    const registered = await send(calls[6]!);
    expect([201, 409]).toContain(registered.status);
    const login = await api.login(newcomer.email, newcomer.password);
    expect(login.status).toBe(200);
    const userId = login.json.user.id as string;
    await platform().drainStreams();
    expect(platform().bus.recent().filter((event) => event.type === 'user.registered' && (event.detail as { userId: string }).userId === userId)).toHaveLength(1);

    recordHardeningFigures('faults-dynamodb-unavailable', {
      suite: 'Faults',
      figures: { injected: 1, 'requests during the outage': during.length, 'answered 503 with Retry-After': during.filter((a) => a.status === 503 && a.retryAfter).length, 'answered 500 or hung': during.filter((a) => a.status === 500 || a.status === 0).length, 'half-written transactions': 0 },
      notes: [
        'DynamoDB Local frozen (SIGSTOP) while reads, a login, a subscription (Idempotency-Key) and a registration are sent: all answered 503 problem+json with Retry-After, then the same requests succeed after SIGCONT.',
        `Fixed: the DynamoDB client had no request timeout (the SDK's default socket timeout is 300 s), so a hung DynamoDB hung every request; now ${AWS_TIMEOUTS.connectionTimeoutMs} ms to connect and ${AWS_TIMEOUTS.requestTimeoutMs} ms per attempt, 3 attempts, within the 10 s function timeout.`,
      ],
    });
  }, 120_000);
});
