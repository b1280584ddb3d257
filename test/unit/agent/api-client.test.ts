import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asProblem, createApiClient } from '../../../agent/src/api-client';
import type { Heartbeat } from '../../../agent/src/contract';
import { problem, startFakeAgentApi } from './fake-agent-api';

const beat: Heartbeat = {
  nodeName: 'n1',
  agentVersion: '0.1.0',
  sentAt: '2025-11-26T00:00:00.000Z',
  cpu: { usagePercent: 1, cores: 1 },
  memory: { usedBytes: 1, totalBytes: 2 },
  load: { one: 0, five: 0, fifteen: 0 },
  disk: { usedBytes: 1, totalBytes: 2 },
  uptimeSeconds: 1,
};

let api: Awaited<ReturnType<typeof startFakeAgentApi>>;
beforeEach(async () => {
  api = await startFakeAgentApi();
});
afterEach(async () => {
  await api.close();
});

describe('the API client', () => {
  it('reads the token before every request, so a rotated token file is picked up', async () => {
    let token = 'first';
    const client = createApiClient({ baseUrl: api.url, token: async () => token });
    await client.heartbeat(beat);
    token = 'second';
    await client.heartbeat(beat);
    expect(api.received.map((r) => r.authorization)).toEqual(['Bearer first', 'Bearer second']);
  });

  it('accepts a base URL with a trailing slash', async () => {
    const client = createApiClient({ baseUrl: `${api.url}/`, token: async () => 't' });
    expect(await client.heartbeat(beat)).toMatchObject({ ok: true, status: 204 });
  });

  it('turns a problem answer into a failure with its detail and Retry-After', async () => {
    api.queue('heartbeat', problem(429, 'Too Many Requests', {}, { 'retry-after': '3' }));
    const result = await createApiClient({ baseUrl: api.url, token: async () => 't' }).heartbeat(beat);
    expect(result).toMatchObject({ ok: false, reason: 'throttled', status: 429, retryAfterMs: 3000, problem: { title: 'Too Many Requests' } });
  });

  it('does not follow a redirect (it would carry the token elsewhere)', async () => {
    api.queue('heartbeat', { status: 307, headers: { location: 'http://127.0.0.1:9/steal' } });
    const result = await createApiClient({ baseUrl: api.url, token: async () => 't' }).heartbeat(beat);
    expect(result).toMatchObject({ ok: false, reason: 'unexpected-status', status: 307 });
    expect(api.received).toHaveLength(1);
  });

  it('gives up on a request after its timeout', async () => {
    api.queue('heartbeat', 'hang');
    const result = await createApiClient({ baseUrl: api.url, token: async () => 't', timeoutMs: 100 }).heartbeat(beat);
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('reports an unreachable API as a network failure', async () => {
    await api.close();
    const result = await createApiClient({ baseUrl: api.url, token: async () => 't' }).heartbeat(beat);
    expect(result).toMatchObject({ ok: false, reason: 'network', message: 'ECONNREFUSED' });
    api = await startFakeAgentApi();
  });

  it('keeps only well-typed problem fields', () => {
    expect(asProblem({ title: 'Bad', status: '400', errors: 'x', extra: 1 })).toEqual({ title: 'Bad' });
    expect(asProblem('<html>')).toBeUndefined();
    expect(asProblem([1])).toBeUndefined();
  });
});
