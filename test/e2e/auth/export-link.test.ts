import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiClient } from '../../support/api-client';
import { captureLogLines } from '../../support/captured-logs';
import { readProblem, useLocalPlatform } from '../../support/local-platform';
import { registerWorker } from '../../support/provisioning';

// The most talkative log level, set before the logger is built: no line of it may carry a link.
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
});

/**
 * A large account export is answered with a short-lived link (shared/account-data/export-delivery.ts): the
 * document is written to the backups bucket under exports/<userId>/ and the link is a presigned GET of it,
 * fetched here as a browser would, with nothing but the URL. The threshold is lowered for this file (read by
 * the handler on its first call), so a customer with a subscription and a few webhooks is "large".
 */
const THRESHOLD = 1500;
process.env.EXPORT_INLINE_MAX_BYTES = String(THRESHOLD);

const logLines = captureLogLines();
const platform = useLocalPlatform();
const api = apiClient(platform);

// A node with room, so the subscriptions that make an export large are accepted.
beforeAll(async () => {
  await registerWorker(api);
});

type Link = { url: string; expiresAt: string; sizeBytes: number };

const withData = async (email: string) => {
  const customer = await api.register({ email, name: 'Exporting Customer' });
  const created = await api.call('POST', '/v1/subscriptions', { token: customer.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
  expect(created.status, created.text).toBe(202);
  for (const n of [1, 2, 3]) {
    const hook = await api.call('POST', '/v1/webhooks', { token: customer.accessToken, body: { url: `http://127.0.0.1:9/hooks/${n}`, eventTypes: ['subscription.created', 'instance.failed'] } });
    expect(hook.status, hook.text).toBe(201);
  }
  return { customer, subscriptionId: created.json.subscription.id as string };
};

const download = async (link: Link) => {
  const response = await fetch(link.url);
  return { response, text: await response.text() };
};

describe('the account export as a short-lived link', () => {
  it('?delivery=link answers {url, expiresAt, sizeBytes}; the URL alone downloads the same JSON as the inline export, from exports/<caller id>/', async () => {
    const { customer, subscriptionId } = await withData('link.export@example.com');
    const inline = await api.call('GET', '/v1/auth/me/export?delivery=inline', { token: customer.accessToken });
    expect(inline.status, inline.text).toBe(200);
    expect(inline.json.profile.id).toBe(customer.user.id);

    const before = Date.now();
    const linked = await api.call('GET', '/v1/auth/me/export?delivery=link', { token: customer.accessToken });
    expect(linked.status, linked.text).toBe(200);
    expect(Object.keys(linked.json).sort()).toEqual(['expiresAt', 'sizeBytes', 'url']);
    const link = linked.json as Link;
    const lifetime = Date.parse(link.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    expect(new URL(link.url).pathname).toMatch(new RegExp(`/exports/${customer.user.id}/[0-9A-HJKMNP-TV-Z]{26}\\.json$`));

    const { response, text } = await download(link);
    expect(response.status, text).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(Buffer.byteLength(text)).toBe(link.sizeBytes);
    const fetched = JSON.parse(text);
    expect(fetched.profile).toEqual(inline.json.profile);
    expect(fetched.subscriptions.map((s: { id: string }) => s.id)).toEqual([subscriptionId]);
    expect(fetched.subscriptions.map((s: { id: string }) => s.id)).toEqual(inline.json.subscriptions.map((s: { id: string }) => s.id));
    expect(fetched.webhooks).toEqual(inline.json.webhooks);
    expect(fetched.ledger).toEqual(inline.json.ledger);

    // The link opens that one object: the same signed query on another key under the prefix opens nothing.
    const tampered = new URL(link.url);
    tampered.pathname = tampered.pathname.replace(/[^/]+\.json$/, '01ARZ3NDEKTSV4RRFFQ69G5FAV.json');
    expect((await fetch(tampered)).status).toBeGreaterThanOrEqual(400);
  });

  it(`without delivery, answers a small export inline and one above EXPORT_INLINE_MAX_BYTES (${THRESHOLD} here) as a link`, async () => {
    const small = await api.register({ email: 'small.export@example.com' });
    const inline = await api.call('GET', '/v1/auth/me/export', { token: small.accessToken });
    expect(inline.status, inline.text).toBe(200);
    expect(Buffer.byteLength(inline.text)).toBeLessThanOrEqual(THRESHOLD);
    expect(inline.json.profile.id).toBe(small.user.id);
    expect(inline.json.url).toBeUndefined();

    const { customer } = await withData('large.export@example.com');
    const linked = await api.call('GET', '/v1/auth/me/export', { token: customer.accessToken });
    expect(linked.status, linked.text).toBe(200);
    const link = linked.json as Link;
    expect(link.sizeBytes).toBeGreaterThan(THRESHOLD);
    expect(linked.json.profile).toBeUndefined();
    const { response, text } = await download(link);
    expect(response.status, text).toBe(200);
    expect(JSON.parse(text).profile.id).toBe(customer.user.id);
    expect(new URL(link.url).pathname).toContain(`/exports/${customer.user.id}/`);

    // Asked inline, the same large export comes whole: the threshold is the default, not a ceiling.
    const forced = await api.call('GET', '/v1/auth/me/export?delivery=inline', { token: customer.accessToken });
    expect(forced.status, forced.text).toBe(200);
    expect(forced.json.profile.id).toBe(customer.user.id);
  });

  it('refuses an unknown delivery with a 400 problem naming query.delivery', async () => {
    const customer = await api.register({ email: 'bad.delivery@example.com' });
    const response = await fetch(`${platform().url}/v1/auth/me/export?delivery=email`, { headers: { authorization: `Bearer ${customer.accessToken}` } });
    const problem = await readProblem(response);
    expect(response.status, problem.text).toBe(400);
    expect(problem.contentType).toMatch(/^application\/problem\+json/);
    expect(problem.body.errors?.map((e) => e.field)).toEqual(['query.delivery']);
  });

  it('never logs a link: no presigned signature in any log line', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => /X-Amz-Signature|X-Amz-Credential/i.test(line))).toEqual([]);
  });
});
