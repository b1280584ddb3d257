import { beforeAll, describe, expect, it } from 'vitest';
import { createPlatformClient } from '../../../clients/typescript/src';
import { heartbeatBody, registerBody } from '../../support/agent-payloads';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
let admin: string;
beforeAll(async () => {
  admin = await platform().mintAdminToken({ email: 'admin@example.com' });
});

/** The contract exercised by a client generated from it: if a path, body or answer drifts, this stops compiling or passing. */
describe('the generated client against the local runtime', () => {
  it('browses the catalog anonymously', async () => {
    const api = createPlatformClient({ baseUrl: platform().url });
    const health = await api.GET('/v1/health');
    expect(health.data?.status).toBe('ok');
    const services = await api.GET('/v1/services', { params: { query: { limit: 2 } } });
    expect(services.data?.items).toHaveLength(2);
    const next = await api.GET('/v1/services', { params: { query: { limit: 2, cursor: services.data!.nextCursor } } });
    expect(next.data?.items.length).toBe(1);
    const ghost = await api.GET('/v1/services/{slug}', { params: { path: { slug: 'ghost' } } });
    expect(ghost.data?.plans[0]?.price.currency).toBe('EUR');
    const missing = await api.GET('/v1/services/{slug}', { params: { path: { slug: 'nope' } } });
    expect(missing.error?.status).toBe(404);
  });

  it('runs a customer account through register, profile, refresh and logout', async () => {
    const api = createPlatformClient({ baseUrl: platform().url });
    const registered = await api.POST('/v1/auth/register', { body: { email: 'typed@example.com', password: 'typed client passphrase', name: 'Typed' } });
    expect(registered.response.status).toBe(201);
    let token = registered.data!.accessToken;
    const me = createPlatformClient({ baseUrl: platform().url, token: () => token });
    expect((await me.GET('/v1/auth/me')).data?.email).toBe('typed@example.com');
    expect((await me.PATCH('/v1/auth/me', { body: { name: 'Typed Again' } })).data?.name).toBe('Typed Again');
    const refreshed = await api.POST('/v1/auth/refresh', { body: { refreshToken: registered.data!.refreshToken } });
    token = refreshed.data!.accessToken;
    expect((await me.GET('/v1/auth/me')).data?.name).toBe('Typed Again');
    expect((await me.POST('/v1/auth/logout', { body: { refreshToken: refreshed.data!.refreshToken } })).response.status).toBe(204);
    const bad = await api.POST('/v1/auth/login', { body: { email: 'typed@example.com', password: 'wrong password here' } });
    expect(bad.error?.status).toBe(401);
  });

  it('administers users, stats, agent tokens and workers', async () => {
    const api = createPlatformClient({ baseUrl: platform().url, token: admin });
    const users = await api.GET('/v1/admin/users', { params: { query: { limit: 10, emailPrefix: 'typed' } } });
    expect(users.data?.items.map((u) => u.email)).toEqual(['typed@example.com']);
    const stats = await api.GET('/v1/admin/stats');
    expect(stats.data?.services.active).toBe(3);
    const created = await api.POST('/v1/admin/agent-tokens', { body: { name: 'typed' } });
    const agent = createPlatformClient({ baseUrl: platform().url, token: created.data!.token });
    expect((await agent.POST('/v1/agent/register', { body: registerBody('typed-node') })).data?.status).toBe('HEALTHY');
    expect((await agent.POST('/v1/agent/heartbeat', { body: heartbeatBody('typed-node') as never })).response.status).toBe(204);
    const workers = await api.GET('/v1/admin/workers');
    expect(workers.data?.items.map((n) => n.name)).toContain('typed-node');
    const tokens = await api.GET('/v1/admin/agent-tokens');
    expect(tokens.data?.items[0]?.id).toBe(created.data!.id);
  });
});
