import { GetCommand } from '../../../shared/aws/dynamodb';
import { Webhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { dynamoDocumentClient } from '../../../shared/aws/clients';
import { keys } from '../../../shared/data/keys';
import { dynamoDeliveryAttemptStore } from '../../../shared/webhooks/dynamo-delivery-attempt-store';
import { dynamoWebhookEndpointStore } from '../../../shared/webhooks/dynamo-webhook-endpoint-store';
import { activeSecrets, secretPattern, signatureHeader } from '../../../shared/webhooks/webhook-secret';
import { apiClient } from '../../support/api-client';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform({ seed: false });
const api = apiClient(platform);
// Receivers on this machine only (nothing listens on port 9): no test here sends anything off the machine.
const receiver = (path: string) => `http://127.0.0.1:9/${path}`;
const stores = () => ({
  endpoints: dynamoWebhookEndpointStore(dynamoDocumentClient(), platform().tableName),
  attempts: dynamoDeliveryAttemptStore(dynamoDocumentClient(), platform().tableName, { retentionDays: 30 }),
});

let ada: string;
let bob: string;
let adaId: string;
beforeAll(async () => {
  const first = await api.register();
  ada = first.accessToken;
  adaId = first.user.id;
  bob = (await api.register()).accessToken;
});

const create = (token: string, body: unknown, admin = false) => api.call('POST', admin ? '/v1/admin/webhooks' : '/v1/webhooks', { token, body });

describe('a customer registers a webhook', () => {
  it('gets the secret once; reading the endpoint back never shows it', async () => {
    const created = await create(ada, { url: receiver('created'), eventTypes: ['instance.running', 'instance.failed'], description: 'ops' });
    expect(created.status).toBe(201);
    const { webhook, secret } = created.json;
    expect(secret).toMatch(secretPattern);
    expect(webhook).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      url: receiver('created'),
      description: 'ops',
      eventTypes: ['instance.running', 'instance.failed'],
      enabled: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await api.call('GET', `/v1/webhooks/${webhook.id}`, { token: ada });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(webhook);
    const list = await api.call('GET', '/v1/webhooks', { token: ada });
    for (const text of [read.text, list.text]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('whsec_');
      expect(text).not.toMatch(/secret/i);
    }
    // The stored endpoint keeps the secret, for signing.
    expect((await stores().endpoints.getEndpointForDelivery({ kind: 'customer', userId: adaId }, webhook.id))?.secret).toBe(secret);
  });

  it('plain http to a loopback receiver is fine on the local runtime; no event types means all of them', async () => {
    expect(platform().webhooksAllowLoopback).toBe(true);
    for (const url of ['http://localhost:9/hooks', 'http://127.0.0.1:9/hooks', 'http://[::1]:9/hooks']) {
      const created = await create(bob, { url });
      expect(created.status, url).toBe(201);
      expect(created.json.webhook.eventTypes).toEqual([]);
    }
  });

  it.each([
    ['plain http to a public address', 'http://93.184.215.14/hooks', /https/],
    ['a private address', 'https://10.0.0.1/hooks', /private/],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data/', /linkLocal/],
    ['an IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks', /loopback/],
    ['an IPv4-mapped private address', 'https://[::ffff:10.0.0.1]/hooks', /private/],
    ['the IPv6 metadata address', 'https://[fd00:ec2::254]/', /uniqueLocal/],
    ['a shared (carrier-grade NAT) address', 'https://100.64.0.1/', /carrierGradeNat/],
    ['a multicast address', 'https://224.0.0.1/', /multicast/],
    ['no URL at all', 'not a url', /absolute URL/],
  ])('refuses %s with 422 naming url, and stores nothing', async (_name, url, message) => {
    const before = (await api.call('GET', '/v1/webhooks?limit=100', { token: ada })).json.items.length;
    const response = await create(ada, { url });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json.errors).toEqual([{ field: 'body.url', message: expect.stringMatching(message) }]);
    expect((await api.call('GET', '/v1/webhooks?limit=100', { token: ada })).json.items).toHaveLength(before);
  });

  it('refuses unknown event types, and platform ones, with 422 naming each; every bad field in one answer', async () => {
    const unknown = await create(ada, { url: receiver('x'), eventTypes: ['instance.running', 'instance.exploded'] });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([{ field: 'body.eventTypes[1]', message: expect.stringContaining('"instance.exploded"') }]);
    const platformOnly = await create(ada, { url: receiver('x'), eventTypes: ['worker.offline'] });
    expect(platformOnly.status).toBe(422);
    expect(platformOnly.json.errors[0].field).toBe('body.eventTypes[0]');
    const both = await create(ada, { url: 'https://10.0.0.1/', eventTypes: ['nope'] });
    expect(both.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.eventTypes[0]', 'body.url']);
  });

  it('malformed bodies and ids are 400s naming the field', async () => {
    const extra = await create(ada, { url: receiver('x'), secret: 'whsec_chosen' });
    expect(extra.status).toBe(400);
    expect(extra.json.errors.map((e: { field: string }) => e.field)).toContain('body.secret');
    expect((await api.call('GET', '/v1/webhooks/not-an-id', { token: ada })).status).toBe(400);
    expect((await api.call('GET', '/v1/webhooks')).status).toBe(401);
  });
});

describe('managing endpoints', () => {
  it('lists the caller’s own, newest first, page by page', async () => {
    const carol = (await api.register()).accessToken;
    const ids: string[] = [];
    for (const name of ['one', 'two', 'three']) ids.push((await create(carol, { url: receiver(name) })).json.webhook.id);
    const first = await api.call('GET', '/v1/webhooks?limit=2', { token: carol });
    expect(first.json.items.map((w: { id: string }) => w.id)).toEqual([ids[2], ids[1]]);
    const second = await api.call('GET', `/v1/webhooks?limit=2&cursor=${first.json.nextCursor}`, { token: carol });
    expect(second.json.items.map((w: { id: string }) => w.id)).toEqual([ids[0]]);
    expect(second.json.nextCursor).toBeUndefined();
    // Another customer's cursor is refused rather than followed.
    expect((await api.call('GET', `/v1/webhooks?cursor=${first.json.nextCursor}`, { token: ada })).status).toBe(400);
  });

  it('changes URL, event types, description and enabled; the checks apply to a new URL too', async () => {
    const { id } = (await create(ada, { url: receiver('before'), description: 'first' })).json.webhook;
    const patched = await api.call('PATCH', `/v1/webhooks/${id}`, {
      token: ada,
      body: { url: 'http://localhost:9/after', eventTypes: ['subscription.cancelled'], description: '', enabled: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ id, url: 'http://localhost:9/after', eventTypes: ['subscription.cancelled'], enabled: false });
    expect(patched.json.description).toBeUndefined();
    expect(patched.json.updatedAt >= patched.json.createdAt).toBe(true);
    expect((await api.call('GET', `/v1/webhooks/${id}`, { token: ada })).json).toEqual(patched.json);

    expect((await api.call('PATCH', `/v1/webhooks/${id}`, { token: ada, body: { url: 'https://169.254.169.254/' } })).status).toBe(422);
    expect((await api.call('PATCH', `/v1/webhooks/${id}`, { token: ada, body: { eventTypes: ['worker.registered'] } })).status).toBe(422);
    expect((await api.call('GET', `/v1/webhooks/${id}`, { token: ada })).json.url).toBe('http://localhost:9/after');

    // An endpoint the platform disabled (a 410 from the receiver) is turned back on by its owner, reason cleared.
    await stores().endpoints.disable({ kind: 'customer', userId: adaId }, id, 'the receiver answered 410 Gone', new Date().toISOString());
    expect((await api.call('GET', `/v1/webhooks/${id}`, { token: ada })).json).toMatchObject({ enabled: false, disabledReason: 'the receiver answered 410 Gone' });
    const enabled = await api.call('PATCH', `/v1/webhooks/${id}`, { token: ada, body: { enabled: true } });
    expect(enabled.json.enabled).toBe(true);
    expect(enabled.json.disabledReason).toBeUndefined();
  });

  it('the fan-out sees only an owner’s enabled endpoints', async () => {
    const dave = await api.register();
    const on = (await create(dave.accessToken, { url: receiver('on') })).json.webhook.id;
    const off = (await create(dave.accessToken, { url: receiver('off') })).json.webhook.id;
    await api.call('PATCH', `/v1/webhooks/${off}`, { token: dave.accessToken, body: { enabled: false } });
    const enabled = await stores().endpoints.listEnabledEndpointsFor({ kind: 'customer', userId: dave.user.id });
    expect(enabled.map((endpoint) => endpoint.id)).toEqual([on]);
    expect(JSON.stringify(enabled)).not.toContain('whsec_');
  });

  it('another customer’s endpoint is 404 on every route, and missing from their list', async () => {
    const { id } = (await create(ada, { url: receiver('private') })).json.webhook;
    for (const [method, path, body] of [
      ['GET', `/v1/webhooks/${id}`],
      ['PATCH', `/v1/webhooks/${id}`, { enabled: false }],
      ['DELETE', `/v1/webhooks/${id}`],
      ['POST', `/v1/webhooks/${id}/rotate-secret`],
      ['GET', `/v1/webhooks/${id}/deliveries`],
    ] as const) {
      expect((await api.call(method, path, { token: bob, body })).status, `${method} ${path}`).toBe(404);
    }
    expect((await api.call('GET', '/v1/webhooks?limit=100', { token: bob })).json.items.map((w: { id: string }) => w.id)).not.toContain(id);
    expect((await api.call('GET', `/v1/webhooks/${id}`, { token: ada })).json.enabled).toBe(true);
  });

  it('deletes: 204, then 404 everywhere', async () => {
    const { id } = (await create(ada, { url: receiver('doomed') })).json.webhook;
    expect((await api.call('DELETE', `/v1/webhooks/${id}`, { token: ada })).status).toBe(204);
    expect((await api.call('GET', `/v1/webhooks/${id}`, { token: ada })).status).toBe(404);
    expect((await api.call('DELETE', `/v1/webhooks/${id}`, { token: ada })).status).toBe(404);
    expect((await api.call('PATCH', `/v1/webhooks/${id}`, { token: ada, body: { enabled: true } })).status).toBe(404);
  });
});

describe('secret rotation', () => {
  it('answers a new secret once; the old one keeps signing beside it', async () => {
    const created = (await create(ada, { url: receiver('rotating') })).json;
    const rotated = await api.call('POST', `/v1/webhooks/${created.webhook.id}/rotate-secret`, { token: ada });
    expect(rotated.status).toBe(200);
    expect(rotated.json).toEqual({ secret: expect.stringMatching(secretPattern) });
    expect(rotated.json.secret).not.toBe(created.secret);

    const stored = (await stores().endpoints.getEndpointForDelivery({ kind: 'customer', userId: adaId }, created.webhook.id))!;
    const now = new Date();
    expect(activeSecrets(stored, now)).toEqual([rotated.json.secret, created.secret]);
    const expiresIn = Date.parse(stored.previousSecrets[0]!.expiresAt) - now.getTime();
    expect(expiresIn).toBeGreaterThan(23.9 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(24 * 3600_000);
    expect(activeSecrets(stored, new Date(now.getTime() + 24 * 3600_000 + 1000))).toEqual([rotated.json.secret]);

    // A receiver still holding the old secret verifies a message signed during the overlap.
    const payload = '{"type":"webhook.test"}';
    const headers = { 'webhook-id': 'msg_rotation', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signatureHeader(activeSecrets(stored, now), 'msg_rotation', now, payload) };
    expect(new Webhook(created.secret).verify(payload, headers)).toEqual({ type: 'webhook.test' });
    expect(new Webhook(rotated.json.secret).verify(payload, headers)).toEqual({ type: 'webhook.test' });
    expect((await api.call('GET', `/v1/webhooks/${created.webhook.id}`, { token: ada })).text).not.toContain('whsec_');
  });

  it('refuses a rotation that raced another write (the write is conditional on the version read)', async () => {
    const owner = { kind: 'customer' as const, userId: adaId };
    const { id } = (await create(ada, { url: receiver('raced') })).json.webhook;
    const read = (await stores().endpoints.getEndpointForDelivery(owner, id))!;
    await api.call('POST', `/v1/webhooks/${id}/rotate-secret`, { token: ada });
    await expect(stores().endpoints.replaceSecrets(owner, id, { secret: 'whsec_stale', previousSecrets: [] }, read.version, new Date().toISOString())).rejects.toMatchObject({ type: 'conflict' });
    expect((await stores().endpoints.getEndpointForDelivery(owner, id))!.secret).not.toBe('whsec_stale');
  });
});

describe('the delivery log', () => {
  it('lists attempts newest first, page by page, with capped excerpts; gone with its endpoint', async () => {
    const { id } = (await create(ada, { url: receiver('logged') })).json.webhook;
    const base = Date.now();
    const at = (seconds: number) => new Date(base + seconds * 1000).toISOString();
    const record = (attempt: number, extra: object) =>
      stores().attempts.recordAttempt({ endpointId: id, deliveryId: 'dlv_1', eventId: 'evt_1', eventType: 'instance.running', attempt, durationMs: 120 + attempt, at: at(attempt), ...extra });
    await record(1, { error: 'refused', nextRetryAt: at(6) });
    await record(2, { statusCode: 500, responseBody: 'x'.repeat(5000), nextRetryAt: at(300) });
    const last = await record(3, { statusCode: 204 });

    const first = await api.call('GET', `/v1/webhooks/${id}/deliveries?limit=2`, { token: ada });
    expect(first.status).toBe(200);
    expect(first.json.items.map((a: { attempt: number }) => a.attempt)).toEqual([3, 2]);
    expect(first.json.items[0]).toEqual({ ...last, id: last.id });
    expect(first.json.items[0]).toMatchObject({ deliveryId: 'dlv_1', eventId: 'evt_1', eventType: 'instance.running', statusCode: 204, durationMs: 123 });
    expect(first.json.items[0].nextRetryAt).toBeUndefined();
    expect(first.json.items[1].responseExcerpt).toHaveLength(1024);
    expect(first.json.items[1].nextRetryAt).toBe(at(300));
    const second = await api.call('GET', `/v1/webhooks/${id}/deliveries?limit=2&cursor=${first.json.nextCursor}`, { token: ada });
    expect(second.json.items).toEqual([expect.objectContaining({ attempt: 1, error: 'refused', nextRetryAt: at(6) })]);

    // A cursor of this log is refused on another endpoint's log.
    const other = (await create(ada, { url: receiver('other') })).json.webhook.id;
    expect((await api.call('GET', `/v1/webhooks/${other}/deliveries?cursor=${first.json.nextCursor}`, { token: ada })).status).toBe(400);
    expect((await api.call('GET', `/v1/webhooks/${other}/deliveries`, { token: ada })).json).toEqual({ items: [] });

    // The items age out by TTL (30 days here).
    const { Item } = await dynamoDocumentClient().send(new GetCommand({ TableName: platform().tableName, Key: keys.webhookAttempt(id, last.id) }));
    expect(Item!.expiresAt).toBe(Math.floor(Date.parse(last.at) / 1000) + 30 * 24 * 3600);

    await api.call('DELETE', `/v1/webhooks/${id}`, { token: ada });
    expect((await api.call('GET', `/v1/webhooks/${id}/deliveries`, { token: ada })).status).toBe(404);
  });
});

describe('administrators’ endpoints for platform events', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await api.adminToken();
  });

  it('take platform event types only, and follow the same shape', async () => {
    const created = await create(admin, { url: receiver('ops'), eventTypes: ['worker.unhealthy', 'worker.offline'] }, true);
    expect(created.status).toBe(201);
    expect(created.json.secret).toMatch(secretPattern);
    expect(created.json.webhook).toMatchObject({ eventTypes: ['worker.unhealthy', 'worker.offline'], enabled: true });
    const customerType = await create(admin, { url: receiver('ops'), eventTypes: ['instance.running'] }, true);
    expect(customerType.status).toBe(422);
    expect(customerType.json.errors).toEqual([{ field: 'body.eventTypes[0]', message: expect.stringContaining('"instance.running"') }]);
    expect((await create(admin, { url: 'https://169.254.169.254/' }, true)).status).toBe(422);

    const { id } = created.json.webhook;
    expect((await api.call('GET', `/v1/admin/webhooks/${id}`, { token: admin })).json).toEqual(created.json.webhook);
    const patched = await api.call('PATCH', `/v1/admin/webhooks/${id}`, { token: admin, body: { eventTypes: ['worker.recovered'], description: 'on-call' } });
    expect(patched.json).toMatchObject({ eventTypes: ['worker.recovered'], description: 'on-call' });
    const rotated = await api.call('POST', `/v1/admin/webhooks/${id}/rotate-secret`, { token: admin });
    expect(rotated.json.secret).toMatch(secretPattern);
    const stored = (await stores().endpoints.getEndpointForDelivery({ kind: 'platform' }, id))!;
    expect(activeSecrets(stored, new Date())).toEqual([rotated.json.secret, created.json.secret]);
    expect((await api.call('GET', `/v1/admin/webhooks/${id}/deliveries`, { token: admin })).json).toEqual({ items: [] });

    const list = await api.call('GET', '/v1/admin/webhooks', { token: admin });
    expect(list.json.items.map((w: { id: string }) => w.id)).toContain(id);
    expect(list.text).not.toContain('whsec_');
    expect((await stores().endpoints.listEnabledEndpointsFor({ kind: 'platform' })).map((w) => w.id)).toContain(id);

    expect((await api.call('DELETE', `/v1/admin/webhooks/${id}`, { token: admin })).status).toBe(204);
    expect((await api.call('GET', `/v1/admin/webhooks/${id}`, { token: admin })).status).toBe(404);
  });

  it('are kept apart from customers’ endpoints, both ways', async () => {
    const platformHook = (await create(admin, { url: receiver('ops2') }, true)).json.webhook.id;
    const customerHook = (await create(ada, { url: receiver('mine') })).json.webhook.id;
    expect((await api.call('GET', `/v1/admin/webhooks/${customerHook}`, { token: admin })).status).toBe(404);
    expect((await api.call('GET', `/v1/webhooks/${platformHook}`, { token: ada })).status).toBe(404);
    const adminList = (await api.call('GET', '/v1/admin/webhooks?limit=100', { token: admin })).json.items.map((w: { id: string }) => w.id);
    expect(adminList).toContain(platformHook);
    expect(adminList).not.toContain(customerHook);
    expect((await api.call('GET', '/v1/admin/webhooks', { token: ada })).status).toBe(403);
    expect((await create(ada, { url: receiver('sneaky') }, true)).status).toBe(403);
  });
});
