import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
let admin: string;
let agentToken: string;
let agentTokenId: string;

beforeAll(async () => {
  admin = await api.adminToken();
  const created = await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'test cluster' } });
  expect(created.status).toBe(201);
  agentToken = created.json.token;
  agentTokenId = created.json.id;
});

describe('agent tokens', () => {
  it('are shown once and listed without the secret', async () => {
    expect(agentToken).toMatch(/^agt_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    const list = await api.call('GET', '/v1/admin/agent-tokens', { token: admin });
    expect(list.json.items.map((t: { id: string }) => t.id)).toContain(agentTokenId);
    // The secret is everything after the id: base64url, so it may itself hold an underscore (or start with one).
    const secret = agentToken.replace(/^agt_[0-9A-Z]{26}_/, '');
    expect(secret).toHaveLength(43);
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toContain('secretHash');
  });

  it('can do nothing but register and heartbeat', async () => {
    // A known caller of the wrong kind (API.md): 403, as a customer's token on an admin route.
    for (const [method, path] of [['GET', '/v1/auth/me'], ['GET', '/v1/admin/workers'], ['GET', '/v1/admin/stats']] as const) {
      expect((await api.call(method, path, { token: agentToken })).status, path).toBe(403);
    }
  });
});

describe('registration, heartbeats and the health monitor', () => {
  it('registers idempotently by name, records heartbeats, and shows nodes to admins by id or name', async () => {
    const first = await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody('node-a') });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ name: 'node-a', status: 'HEALTHY', schedulable: true, usage: null });
    const again = await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody('node-a') });
    expect(again.json.id).toBe(first.json.id);

    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('node-a') })).status).toBe(204);
    const byName = await api.call('GET', '/v1/admin/workers/node-a', { token: admin });
    expect(byName.json.usage).toMatchObject({ cpuPercent: 12.5, memoryUsedBytes: 4 * 2 ** 30 });
    const byId = await api.call('GET', `/v1/admin/workers/${first.json.id}`, { token: admin });
    expect(byId.json.name).toBe('node-a');
    const list = await api.call('GET', '/v1/admin/workers', { token: admin });
    expect(list.json.items.map((n: { name: string }) => n.name)).toEqual(['node-a']);
  });

  it('moves a silent node to UNHEALTHY then OFFLINE, and back to HEALTHY on a heartbeat, publishing each change', async () => {
    await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody('node-b') });
    const statusOf = async () => (await api.call('GET', '/v1/admin/workers/node-b', { token: admin })).json.status;
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

    await platform().runSchedule('worker-health', later(10));
    expect(await statusOf()).toBe('HEALTHY');
    await platform().runSchedule('worker-health', later(60));
    expect(await statusOf()).toBe('UNHEALTHY');
    await platform().runSchedule('worker-health', later(400));
    expect(await statusOf()).toBe('OFFLINE');
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('node-b') })).status).toBe(204);
    expect(await statusOf()).toBe('HEALTHY');

    await platform().drainStreams();
    const events = platform()
      .bus.recent()
      .filter((e) => (e.detail as { nodeName?: string }).nodeName === 'node-b')
      .map((e) => e.type);
    expect(events).toEqual(['worker.registered', 'worker.unhealthy', 'worker.offline', 'worker.recovered']);
  });

  it('lets admins mark a node unschedulable, label it, and remove it', async () => {
    const patched = await api.call('PATCH', '/v1/admin/workers/node-a', { token: admin, body: { schedulable: false, labels: { zone: 'eu-west-1a' } } });
    expect(patched.json).toMatchObject({ schedulable: false, labels: { zone: 'eu-west-1a' } });
    expect((await api.call('PATCH', '/v1/admin/workers/node-a', { token: admin, body: { status: 'HEALTHY' } })).status).toBe(400);
    expect((await api.call('DELETE', '/v1/admin/workers/node-a', { token: admin })).status).toBe(204);
    expect((await api.call('GET', '/v1/admin/workers/node-a', { token: admin })).status).toBe(404);
    // Its agent's next heartbeat is told the node is unknown, so it registers again.
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('node-a') })).status).toBe(404);
  });
});

describe('token rotation', () => {
  it('a node moves to a new valid token by registering again; revoking the old one then leaves it alone', async () => {
    const first = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'old' } })).json;
    const second = (await api.call('POST', '/v1/admin/agent-tokens', { token: admin, body: { name: 'new' } })).json;
    expect((await api.call('POST', '/v1/agent/register', { token: first.token, body: registerBody('rotating') })).status).toBe(200);
    // The agent now presents the new token: told to register again (404), which moves the node to it.
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: second.token, body: heartbeatBody('rotating') })).status).toBe(404);
    expect((await api.call('POST', '/v1/agent/register', { token: second.token, body: registerBody('rotating') })).status).toBe(200);
    expect((await api.call('DELETE', `/v1/admin/agent-tokens/${first.id}`, { token: admin })).status).toBe(204);
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: second.token, body: heartbeatBody('rotating') })).status).toBe(204);
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: first.token, body: heartbeatBody('rotating') })).status).toBe(401);
  });
});

describe('bad heartbeats', () => {
  it.each([
    ['a missing field', (() => { const { cpu: _c, ...rest } = heartbeatBody('node-b'); return rest; })(), 'body.cpu'],
    ['a negative number', heartbeatBody('node-b', { uptimeSeconds: -1 }), 'body.uptimeSeconds'],
    ['an absurd percentage', heartbeatBody('node-b', { cpu: { usagePercent: 250, cores: 4 } }), 'body.cpu.usagePercent'],
    ['more memory used than exists', heartbeatBody('node-b', { memory: { usedBytes: 10, totalBytes: 5 } }), 'body.memory.usedBytes'],
    ['a name that is not a DNS-1123 label', heartbeatBody('Node_B!'), 'body.nodeName'],
    ['an unknown field', heartbeatBody('node-b', { secret: 'x' }), 'body.secret'],
  ])('%s → 400 naming it, nothing written', async (_name, body, field) => {
    const before = (await api.call('GET', '/v1/admin/workers/node-b', { token: admin })).json;
    const response = await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body });
    expect(response.status).toBe(400);
    expect(response.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect((await api.call('GET', '/v1/admin/workers/node-b', { token: admin })).json.lastHeartbeatAt).toBe(before.lastHeartbeatAt);
  });

  it('a body over the limit → 413; a never-registered node → 404', async () => {
    const huge = heartbeatBody('node-b', { kubernetes: { kubeletVersion: 'x'.repeat(40_000) } });
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: huge })).status).toBe(413);
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('never-registered') })).status).toBe(404);
  });

  it('an unknown token or a revoked one → 401, at once', async () => {
    const unknown = `agt_01JD7Y7Q3M8Z6W5V4T3S2R1Q0P_${'A'.repeat(43)}`;
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: unknown, body: heartbeatBody('node-b') })).status).toBe(401);
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: 'agt_garbage', body: heartbeatBody('node-b') })).status).toBe(401);
    const tampered = `${agentToken.slice(0, -1)}${agentToken.endsWith('A') ? 'B' : 'A'}`;
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: tampered, body: heartbeatBody('node-b') })).status).toBe(401);

    expect((await api.call('DELETE', `/v1/admin/agent-tokens/${agentTokenId}`, { token: admin })).status).toBe(204);
    expect((await api.call('POST', '/v1/agent/heartbeat', { token: agentToken, body: heartbeatBody('node-b') })).status).toBe(401);
    expect((await api.call('POST', '/v1/agent/register', { token: agentToken, body: registerBody('node-c') })).status).toBe(401);
    expect((await api.call('GET', '/v1/admin/workers/node-c', { token: admin })).status).toBe(404);
    const listed = await api.call('GET', '/v1/admin/agent-tokens', { token: admin });
    expect(listed.json.items.find((t: { id: string }) => t.id === agentTokenId).revokedAt).toBeDefined();
  });
});
