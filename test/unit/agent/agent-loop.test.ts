import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentDeps, pause, runAgent } from '../../../agent/src/agent-loop';
import { createApiClient } from '../../../agent/src/api-client';
import { createHostSampler } from '../../../agent/src/host-metrics';
import { toNodeInfo } from '../../../agent/src/kubernetes-node-info';
import { createLogger } from '../../../agent/src/log';
import { heartbeatSchema, registerNodeSchema } from '../../../shared/workers/agent-contract';
import { problem, startFakeAgentApi, waitFor } from './fake-agent-api';
import { nodeFixture, procFixtureRoot } from './fixtures';

const TOKEN = 'agent-token-that-must-never-be-logged';
const CAP_MS = 500;

let api: Awaited<ReturnType<typeof startFakeAgentApi>>;
beforeEach(async () => {
  api = await startFakeAgentApi();
});
afterEach(async () => {
  await api.close();
});

/**
 * Runs the real loop, API client and host sampler (on the fixture /proc) against the fake API. Waits are
 * recorded as asked for and then shortened, so a test can check a 60 s wait without sitting through it.
 */
const startAgent = (overrides: Partial<AgentDeps> = {}) => {
  const lines: string[] = [];
  const waits: number[] = [];
  const stop = new AbortController();
  const log = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const deps: AgentDeps = {
    api: createApiClient({ baseUrl: api.url, token: async () => TOKEN, timeoutMs: 1_000 }),
    host: createHostSampler({ procRoot: procFixtureRoot, diskPath: os.tmpdir(), log }),
    kubernetes: { read: async () => toNodeInfo(nodeFixture(), 12) },
    identity: { nodeName: 'test-node', agentVersion: '0.1.0' },
    intervalMs: 20,
    backoff: { baseMs: 10, capMs: CAP_MS },
    drainTimeoutMs: 500,
    log,
    sleep: async (ms, signal) => {
      waits.push(ms);
      return pause(Math.min(ms, 25), signal);
    },
    ...overrides,
  };
  const done = runAgent(deps, stop.signal);
  return {
    waits,
    logs: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    rawLog: () => lines.join(''),
    stop: async () => {
      stop.abort();
      await done;
    },
  };
};

const routes = () => api.received.map((r) => r.route);

describe('the agent loop', () => {
  it('registers, heartbeats with its token, and says it is draining when stopped', async () => {
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 3, 5_000, 'three heartbeats');
    await agent.stop();

    expect(routes()[0]).toBe('register');
    expect(api.registrations()).toHaveLength(1);
    for (const request of api.received) {
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.contentType).toBe('application/json');
    }
    // Every body the agent sent passes the API's own schemas.
    registerNodeSchema.parse(api.registrations()[0]!.body);
    for (const beat of api.heartbeats()) heartbeatSchema.parse(beat.body);

    const beats = api.heartbeats().map((r) => r.body as { draining?: boolean; kubernetes?: { podCount: number } });
    expect(beats.at(-1)).toMatchObject({ draining: true, nodeName: 'test-node' });
    expect(beats.slice(0, -1).every((b) => b.draining === undefined)).toBe(true);
    expect(beats[0]!.kubernetes?.podCount).toBe(12);
    // The steady wait is the interval ±10%.
    for (const wait of agent.waits.filter((w) => w > 0)) expect(wait).toBeGreaterThanOrEqual(18);
    expect(agent.rawLog()).not.toContain(TOKEN);
  });

  it('registers again when the API no longer knows the node (404), and carries on', async () => {
    api.queue('heartbeat', { status: 204 }, problem(404, 'Node not registered'));
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 4, 5_000, 'heartbeats after re-registering');
    await agent.stop();
    expect(routes().slice(0, 5)).toEqual(['register', 'heartbeat', 'heartbeat', 'register', 'heartbeat']);
    expect(agent.logs().some((l) => l.level === 'warn' && String(l.msg).includes('registering again'))).toBe(true);
  });

  it('keeps going after server errors and garbage answers', async () => {
    api.queue(
      'register',
      { status: 500, headers: { 'content-type': 'text/html' }, body: '<html><body>Internal Server Error</body></html>' },
      { status: 502, headers: { 'content-type': 'application/problem+json' }, body: '{"title": "Bad Gat' },
      'destroy',
      // A success with a body that is not the node record still counts as registered.
      { status: 200, headers: { 'content-type': 'application/json' }, body: 'garbage' },
    );
    api.queue(
      'heartbeat',
      { status: 500, body: '\u0000\u0001 not json' },
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>ok?</p>' },
      problem(503, 'Service Unavailable'),
    );
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 5, 5_000, 'heartbeats after the failures');
    await agent.stop();
    expect(api.registrations()).toHaveLength(4);
    const failures = agent.logs().filter((l) => l.msg === 'register failed; retrying' || l.msg === 'heartbeat failed; retrying');
    expect(failures.map((l) => l.reason)).toEqual(['server-error', 'server-error', 'network', 'server-error', 'server-error']);
    // Backoff grows with each consecutive failure and stays within base·2^attempt.
    const backoffs = failures.map((l) => l.retryInMs as number);
    backoffs.slice(0, 3).forEach((delay, attempt) => expect(delay).toBeLessThanOrEqual(10 * 2 ** attempt));
  });

  it('waits as long as Retry-After says', async () => {
    api.queue('heartbeat', { status: 429, headers: { 'retry-after': '1' } }, { status: 503, headers: { 'retry-after': '2' } });
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 4, 5_000, 'heartbeats after throttling');
    await agent.stop();
    expect(agent.waits).toContain(1_000);
    expect(agent.waits).toContain(2_000);
  });

  it('says clearly when the token is rejected, and keeps trying at the cap', async () => {
    api.queue('register', problem(401, 'Unauthorized'), problem(401, 'Unauthorized'));
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 1, 5_000, 'a heartbeat after the token is accepted');
    await agent.stop();
    expect(agent.waits.filter((w) => w === CAP_MS)).toHaveLength(2);
    const errors = agent.logs().filter((l) => l.level === 'error');
    expect(errors).toHaveLength(2);
    expect(String(errors[0]!.msg)).toMatch(/token.*401/);
    expect(agent.rawLog()).not.toContain(TOKEN);
  });

  it('logs a rejected body with the fields the API names, and carries on', async () => {
    api.queue('heartbeat', problem(400, 'Invalid request body', { errors: [{ path: 'cpu.usagePercent', message: 'Too big' }] }));
    const agent = startAgent();
    await waitFor(() => api.heartbeats().length >= 3, 5_000, 'heartbeats after the 400');
    await agent.stop();
    const error = agent.logs().find((l) => l.level === 'error');
    expect(error).toMatchObject({ status: 400, reason: 'bad-request', errors: [{ path: 'cpu.usagePercent', message: 'Too big' }] });
  });

  it('sends host figures alone when the Kubernetes API fails, and says so once', async () => {
    const agent = startAgent({ kubernetes: { read: async () => Promise.reject(new Error('nodes "test-node" is forbidden')) } });
    await waitFor(() => api.heartbeats().length >= 3, 5_000, 'heartbeats without Kubernetes');
    await agent.stop();
    expect(api.heartbeats().every((r) => (r.body as object) && !('kubernetes' in (r.body as object)))).toBe(true);
    expect(agent.logs().filter((l) => String(l.msg).includes('Kubernetes API'))).toHaveLength(1);
  });

  it('stops at once when stopped before registering, with no draining heartbeat', async () => {
    api.queue('register', ...Array.from({ length: 1000 }, () => problem(503, 'Service Unavailable')));
    const agent = startAgent();
    await waitFor(() => api.registrations().length >= 2, 5_000, 'register attempts');
    await agent.stop();
    expect(api.heartbeats()).toHaveLength(0);
  });

  it('does not wait for a hanging Kubernetes API to stop', async () => {
    let reads = 0;
    const agent = startAgent({
      kubernetes: {
        read: async () => {
          reads += 1;
          return reads === 1 ? toNodeInfo(nodeFixture(), 1) : new Promise<never>(() => {});
        },
      },
    });
    await waitFor(() => reads >= 2, 5_000, 'a hanging Kubernetes read');
    await agent.stop();
    expect(api.heartbeats().at(-1)?.body).toMatchObject({ draining: true, kubernetes: { podCount: 1 } });
  });

  it('gives up the draining heartbeat after its deadline when the API hangs', async () => {
    api.queue('heartbeat', { status: 204 }, ...Array.from({ length: 10 }, () => 'hang' as const));
    const agent = startAgent({ drainTimeoutMs: 200 });
    await waitFor(() => api.heartbeats().length >= 2, 5_000, 'a hanging heartbeat');
    await agent.stop();
    // The API never answers a hanging request, so stop() resolving at all means the drain deadline ended it.
    expect(api.heartbeats().length).toBeGreaterThanOrEqual(3);
    expect(agent.logs().some((l) => l.msg === 'the draining heartbeat was not accepted')).toBe(true);
  });
});
