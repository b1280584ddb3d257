import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProblem, useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
const admin: Record<string, string> = {};
const json: Record<string, string> = { 'content-type': 'application/json' };
beforeAll(async () => {
  admin.authorization = `Bearer ${await platform().mintAdminToken({ email: 'admin@example.com' })}`;
  json.authorization = admin.authorization;
});

/** Every error answer: the right 4xx, problem+json, the given field named, and no stack trace or internals. */
const expectProblem = async (response: Response, status: number, field?: string) => {
  expect(response.status).toBe(status);
  const { body, text, contentType } = await readProblem(response);
  expect(contentType).toBe('application/problem+json');
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|stack/i);
  if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  return body;
};

const validService = {
  slug: 'uptime-kuma',
  name: 'Uptime Kuma',
  description: 'Self-hosted monitoring.',
  version: '1.23.0',
  template: 'uptime-kuma',
  plans: [
    { id: 'basic', name: 'Basic', price: { amount: 500, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 250, memoryMiB: 256, storageGiB: 1 } },
  ],
};

const post = (body: string, headers: Record<string, string> = json) =>
  fetch(`${platform().url}/v1/admin/services`, { method: 'POST', headers, body });

describe('bad input gets a 4xx problem+json naming the problem', () => {
  it('malformed JSON → 400 naming the body', async () => {
    const body = await expectProblem(await post('{"slug": "x",'), 400, 'body');
    expect(body.type).toMatch(/malformed-json$/);
  });

  it('wrong types → 400 naming each field', async () => {
    await expectProblem(
      await post(JSON.stringify({ ...validService, name: 42, plans: [{ ...validService.plans[0], price: { amount: '5', currency: 'EUR' } }] })),
      400,
      'body.plans[0].price.amount',
    );
  });

  it('missing fields → 400 naming them', async () => {
    const { name: _n, template: _t, ...rest } = validService;
    const body = await expectProblem(await post(JSON.stringify(rest)), 400, 'body.name');
    expect(body.errors?.map((e) => e.field)).toContain('body.template');
  });

  it('unknown fields → 400 naming them, nested ones too', async () => {
    const body = await expectProblem(
      await post(JSON.stringify({ ...validService, role: 'root', plans: [{ ...validService.plans[0], discount: 100 }] })),
      400,
      'body.role',
    );
    expect(body.errors?.map((e) => e.field)).toContain('body.plans[0].discount');
  });

  it('a body over the limit → 413', async () => {
    await expectProblem(await post(JSON.stringify({ ...validService, description: 'x'.repeat(70 * 1024) })), 413, 'body');
  });

  it('a body over the gateway limit is cut off before it is read whole → 413', async () => {
    await expectProblem(await post('x'.repeat(11 * 1024 * 1024)), 413);
  });

  it('not JSON → 415 naming the content type', async () => {
    await expectProblem(await post('slug=x', { 'content-type': 'application/x-www-form-urlencoded', ...admin }), 415, 'header.content-type');
  });

  it('bytes that are not UTF-8 → 400', async () => {
    const { port } = new URL(platform().url);
    const raw = Buffer.concat([Buffer.from('{"slug":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/admin/services', method: 'POST', headers: { ...json, 'content-length': raw.length } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(raw);
    });
    expect(status).toBe(400);
    expect(JSON.parse(text).detail).toMatch(/UTF-8/);
  });

  it('deeply nested JSON → 400, not a crash', async () => {
    await expectProblem(await post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 413);
    await expectProblem(await post(`{"slug":${'['.repeat(5000)}${']'.repeat(5000)}}`), 400, 'body.slug');
  });

  it('text no queue can carry → 400 naming the field, and nothing stored', async () => {
    // U+FFFF in a service name was stored, then SQS refused its service.created event, holding back the ones behind it.
    const body = await expectProblem(await post(JSON.stringify({ ...validService, name: 'Uptime \uFFFF' })), 400, 'body.name');
    expect(body.errors?.find((e) => e.field === 'body.name')?.message).toMatch(/U\+FFFF/);
    await expectProblem(await post(JSON.stringify({ ...validService, plans: [{ ...validService.plans[0], name: 'x\uFFFE' }] })), 400, 'body.plans[0].name');
    // An unpaired surrogate, sent as JSON escapes (UTF-8 cannot encode it).
    await expectProblem(await post(`{"slug":"uptime-kuma","name":"Uptime \\ud800"}`), 400, 'body.name');
    const register = await fetch(`${platform().url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'text@example.com', password: 'correct horse battery staple', name: 'Bad \uFFFE' }),
    });
    await expectProblem(register, 400, 'body.name');
    const login = await fetch(`${platform().url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'text@example.com', password: 'correct horse battery staple' }) });
    expect(login.status).toBe(401);
  });

  it('an unknown route → 404', async () => {
    const body = await expectProblem(await fetch(`${platform().url}/v1/nothing-here`), 404);
    expect(body.detail).toContain('/v1/nothing-here');
  });

  it('a wrong method → 405 with Allow', async () => {
    const response = await fetch(`${platform().url}/v1/services`, { method: 'DELETE' });
    expect(response.headers.get('allow')).toBe('GET');
    await expectProblem(response, 405);
  });

  it('a huge query string → 414', async () => {
    await expectProblem(await fetch(`${platform().url}/v1/services?cursor=${'a'.repeat(5000)}`), 414);
  });

  it('odd query strings → 400 naming the parameter', async () => {
    const base = platform().url;
    await expectProblem(await fetch(`${base}/v1/services?limit=-1`), 400, 'query.limit');
    await expectProblem(await fetch(`${base}/v1/services?limit=1e9`), 400, 'query.limit');
    await expectProblem(await fetch(`${base}/v1/services?limit=%FF%FE`), 400, 'query.limit');
    await expectProblem(await fetch(`${base}/v1/services?cursor=%00%01not-base64`), 400, 'query.cursor');
    await expectProblem(await fetch(`${base}/v1/services?limit=5&limit=6`), 400, 'query.limit');
    await expectProblem(await fetch(`${base}/v1/services?%E2%98%83=1`), 400, 'query.☃');
  });

  it('a bad path parameter → 400 naming it', async () => {
    await expectProblem(await fetch(`${platform().url}/v1/services/${encodeURIComponent('Not A Slug!')}`), 400, 'path.slug');
  });

  it('leaves nothing behind when a request is refused', async () => {
    const response = await fetch(`${platform().url}/v1/services/uptime-kuma`);
    expect(response.status).toBe(404);
  });
});

describe('the admin catalog, as an administrator', () => {
  it('creates, refuses a duplicate slug, updates and deactivates a service', async () => {
    const base = platform().url;
    const created = await post(JSON.stringify(validService));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/v1/services/uptime-kuma');
    expect(await created.json()).toMatchObject({ slug: 'uptime-kuma', active: true });

    await expectProblem(await post(JSON.stringify(validService)), 409);

    const updated = await fetch(`${base}/v1/admin/services/uptime-kuma`, { method: 'PATCH', headers: json, body: JSON.stringify({ version: '1.23.1' }) });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ version: '1.23.1', name: 'Uptime Kuma' });

    await expectProblem(await fetch(`${base}/v1/admin/services/uptime-kuma`, { method: 'PATCH', headers: json, body: '{}' }), 400);
    await expectProblem(await fetch(`${base}/v1/admin/services/not-there`, { method: 'PATCH', headers: json, body: '{"name":"x"}' }), 404);

    expect((await fetch(`${base}/v1/services/uptime-kuma`)).status).toBe(200);
    const removed = await fetch(`${base}/v1/admin/services/uptime-kuma`, { method: 'DELETE', headers: admin });
    expect(removed.status).toBe(204);
    expect((await fetch(`${base}/v1/services/uptime-kuma`)).status).toBe(404);
    const list = (await (await fetch(`${base}/v1/services`)).json()) as { items: { slug: string }[] };
    expect(list.items.map((s) => s.slug)).not.toContain('uptime-kuma');
  });

  it('publishes catalog events through the outbox to the bus', async () => {
    await platform().drainStreams();
    const types = platform()
      .bus.recent()
      .filter((e) => (e.detail as { slug?: string }).slug === 'uptime-kuma')
      .map((e) => e.type);
    expect(types).toEqual(['service.created', 'service.updated', 'service.deactivated']);
  });
});
