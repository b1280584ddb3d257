import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiClient } from '../../support/api-client';
import { captureLogLines } from '../../support/captured-logs';
import { useLocalPlatform } from '../../support/local-platform';
import { until } from '../../support/provisioning';

// The most talkative log level, set before the logger is built: no line of it may carry a key.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
});
const logLines = captureLogLines();

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
type Customer = Awaited<ReturnType<typeof api.register>>;

const mailsTo = (email: string): { to: string; subject: string; text: string }[] => {
  const folder = platform().mailDir;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')))
    .filter((mail) => mail.to === email);
};

const createKey = async (customer: Customer, body: Record<string, unknown>) => {
  const created = await api.call('POST', '/v1/auth/api-keys', { token: customer.accessToken, body });
  expect(created.status, created.text).toBe(201);
  return created.json as { apiKey: { id: string; name: string; scopes: string[]; createdAt: string; lastUsedAt?: string }; key: string };
};

const shownKeys: string[] = [];
let customer: Customer;

beforeAll(async () => {
  customer = await api.register({ name: 'Automation owner' });
});

describe('API keys over HTTP', () => {
  it('creates a key shown once, works on the routes of its scopes, 403 naming a missing scope, and lists it without the key', async () => {
    const { apiKey, key } = await createKey(customer, { name: 'CI reads', scopes: ['subscriptions:read'] });
    shownKeys.push(key);
    expect(key).toMatch(/^pk_live_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'CI reads', scopes: ['subscriptions:read'] });
    expect(JSON.stringify(apiKey)).not.toContain(key.split('_').slice(3).join('_'));

    const listed = await api.call('GET', '/v1/subscriptions', { token: key });
    expect(listed.status, listed.text).toBe(200);

    const create = await api.call('POST', '/v1/subscriptions', { token: key, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(create.status).toBe(403);
    expect(create.headers.get('content-type')).toBe('application/problem+json');
    expect(create.json.detail).toContain('subscriptions:write');
    expect((await api.call('GET', '/v1/webhooks', { token: key })).status).toBe(403);
    expect((await api.call('GET', '/v1/transactions', { token: key })).status).toBe(403);

    const keys = await api.call('GET', '/v1/auth/api-keys', { token: customer.accessToken });
    expect(keys.status).toBe(200);
    const row = keys.json.items.find((item: { id: string }) => item.id === apiKey.id);
    expect(row).toMatchObject({ id: apiKey.id, name: 'CI reads', scopes: ['subscriptions:read'] });
    expect(Date.parse(row.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(apiKey.createdAt));
    expect(keys.text).not.toContain(key);
    expect(keys.text).not.toMatch(/secretHash|"key"/);
  });

  it('never lets a key act as the account itself, an administrator or a node agent', async () => {
    const { key } = await createKey(customer, { name: 'Everything', scopes: ['subscriptions:read', 'subscriptions:write', 'webhooks', 'billing:read'] });
    shownKeys.push(key);
    for (const [method, path, body] of [
      ['GET', '/v1/auth/me', undefined],
      ['PATCH', '/v1/auth/me', { name: 'Renamed by a key' }],
      ['POST', '/v1/auth/api-keys', { name: 'More keys', scopes: ['webhooks'] }],
      ['GET', '/v1/auth/api-keys', undefined],
      ['POST', '/v1/auth/mfa/totp', undefined],
      ['POST', '/v1/auth/logout', undefined],
    ] as const) {
      const answer = await api.call(method, path, { token: key, body });
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
    for (const [method, path, body] of [
      ['GET', '/v1/admin/users', undefined],
      ['GET', '/v1/admin/stats', undefined],
      ['POST', '/v1/agent/heartbeat', { nodeName: 'x' }],
      ['POST', '/v1/agent/register', { nodeName: 'x' }],
    ] as const) {
      const answer = await api.call(method, path, { token: key, body });
      expect([401, 403], `${method} ${path}: ${answer.status}`).toContain(answer.status);
    }
    expect((await api.call('GET', '/v1/webhooks', { token: key })).status).toBe(200);
    expect((await api.call('GET', '/v1/transactions', { token: key })).status).toBe(200);
    expect((await api.call('GET', '/v1/auth/me', { token: customer.accessToken })).json.name).toBe('Automation owner');
  });

  it('revokes a key at once (401 from the next request); another customer cannot revoke it (404)', async () => {
    const { apiKey, key } = await createKey(customer, { name: 'Short-lived job', scopes: ['subscriptions:read'] });
    shownKeys.push(key);
    expect((await api.call('GET', '/v1/subscriptions', { token: key })).status).toBe(200);

    const other = await api.register();
    expect((await api.call('DELETE', `/v1/auth/api-keys/${apiKey.id}`, { token: other.accessToken })).status).toBe(404);
    expect((await api.call('GET', '/v1/subscriptions', { token: key })).status).toBe(200);

    expect((await api.call('DELETE', `/v1/auth/api-keys/${apiKey.id}`, { token: customer.accessToken })).status).toBe(204);
    const after = await api.call('GET', '/v1/subscriptions', { token: key });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toBe('Bearer');
    expect((await api.call('DELETE', `/v1/auth/api-keys/${apiKey.id}`, { token: customer.accessToken })).status).toBe(404);
    const listed = await api.call('GET', '/v1/auth/api-keys', { token: customer.accessToken });
    expect(listed.json.items.map((item: { id: string }) => item.id)).not.toContain(apiKey.id);
  });

  it('refuses an expired key with 401, and an expiry in the past with 400 naming the field', async () => {
    const past = await api.call('POST', '/v1/auth/api-keys', { token: customer.accessToken, body: { name: 'Past', scopes: ['webhooks'], expiresAt: '2020-01-01T00:00:00.000Z' } });
    expect(past.status).toBe(400);
    expect(past.json.errors.map((e: { field: string }) => e.field)).toContain('body.expiresAt');

    const expiresAt = new Date(Date.now() + 2_000).toISOString();
    const { key } = await createKey(customer, { name: 'Expires soon', scopes: ['webhooks'], expiresAt });
    shownKeys.push(key);
    expect((await api.call('GET', '/v1/webhooks', { token: key })).status).toBe(200);
    await until(async () => Date.now(), (now) => now > Date.parse(expiresAt) + 100, 'the key’s expiry');
    expect((await api.call('GET', '/v1/webhooks', { token: key })).status).toBe(401);
  });

  it('refuses a forged or malformed key with 401, and a bad scope with 400', async () => {
    const { key } = await createKey(customer, { name: 'Forged from', scopes: ['webhooks'] });
    shownKeys.push(key);
    const forged = `${key.slice(0, -4)}${key.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await api.call('GET', '/v1/webhooks', { token: forged })).status).toBe(401);
    expect((await api.call('GET', '/v1/webhooks', { token: 'pk_live_nonsense' })).status).toBe(401);
    const badScope = await api.call('POST', '/v1/auth/api-keys', { token: customer.accessToken, body: { name: 'Bad', scopes: ['admin'] } });
    expect(badScope.status).toBe(400);
    expect(badScope.json.errors[0].field).toMatch(/^body\.scopes/);
  });

  it('holds at most 25 keys per account, however many are created at once (409 past it)', async () => {
    const busy = await api.register();
    const answers = await Promise.all(
      Array.from({ length: 28 }, (_, n) => api.call('POST', '/v1/auth/api-keys', { token: busy.accessToken, body: { name: `parallel ${n}`, scopes: ['webhooks'] } })),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(25);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(3);
    expect((await api.call('GET', '/v1/auth/api-keys', { token: busy.accessToken })).json.items).toHaveLength(25);
    const first = answers.find((answer) => answer.status === 201)!.json.apiKey.id;
    expect((await api.call('DELETE', `/v1/auth/api-keys/${first}`, { token: busy.accessToken })).status).toBe(204);
    expect((await api.call('POST', '/v1/auth/api-keys', { token: busy.accessToken, body: { name: 'room again', scopes: ['webhooks'] } })).status).toBe(201);
  });

  it('tells the owner by email of a new key, and by webhook-ready events; no answer or log line carries a key', async () => {
    const mails = await until(async () => mailsTo(customer.email), (found) => found.filter((mail) => mail.subject === 'A new API key was created').length >= 2, 'the new-key emails');
    expect(mails.find((mail) => mail.subject === 'A new API key was created')!.text).toContain('CI reads');
    const notifications = await api.call('GET', '/v1/notifications', { token: customer.accessToken });
    expect(notifications.json.items.some((n: { eventType: string }) => n.eventType === 'api-key.created')).toBe(true);
    const secrets = shownKeys.map((key) => key.split('_').slice(3).join('_'));
    for (const line of logLines) for (const secret of secrets) expect(line).not.toContain(secret);
    for (const mail of mailsTo(customer.email)) for (const secret of secrets) expect(mail.text).not.toContain(secret);
    expect(logLines.length).toBeGreaterThan(0);
  });
});
