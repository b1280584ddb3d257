import { describe, expect, it } from 'vitest';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { readProblem, useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
const get = (path: string) => fetch(`${platform().url}${path}`);

describe('service catalog over HTTP', () => {
  it('lists n8n, Ghost and WordPress, each with at least two plans', async () => {
    const response = await get('/v1/services');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { items: { slug: string; plans: unknown[] }[]; nextCursor?: string };
    expect(body.items.map((s) => s.slug).sort()).toEqual(['ghost', 'n8n', 'wordpress']);
    for (const service of body.items) expect(service.plans.length).toBeGreaterThanOrEqual(2);
    expect(body.nextCursor).toBeUndefined();
  });

  it('pages through the list with an opaque cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await get(`/v1/services?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: { slug: string }[]; nextCursor?: string };
      seen.push(...page.items.map((s) => s.slug));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual(catalogSeed.map((s) => s.slug).sort());
  });

  it('refuses a cursor it did not issue', async () => {
    const forged = Buffer.from(JSON.stringify({ PK: 'USER#someone', SK: 'X', GSI1PK: 'USERS', GSI1SK: 'X' })).toString('base64url');
    const response = await get(`/v1/services?cursor=${forged}`);
    expect(response.status).toBe(400);
    const { body } = await readProblem(response);
    expect(body.errors?.[0]?.field).toBe('query.cursor');
  });

  it('gets one service with its plans and prices in minor units', async () => {
    const response = await get('/v1/services/wordpress');
    expect(response.status).toBe(200);
    const service = (await response.json()) as { slug: string; active: boolean; plans: { price: { amount: number; currency: string } }[] };
    expect(service.slug).toBe('wordpress');
    expect(service.active).toBe(true);
    for (const plan of service.plans) {
      expect(Number.isInteger(plan.price.amount)).toBe(true);
      expect(plan.price.currency).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('answers 404 problem+json for an unknown service', async () => {
    const response = await get('/v1/services/no-such-app');
    expect(response.status).toBe(404);
    const { body, contentType } = await readProblem(response);
    expect(contentType).toBe('application/problem+json');
    expect(body.detail).toContain('no-such-app');
  });

  it('refuses the admin catalog routes without an administrator token, and changes nothing', async () => {
    const base = platform().url;
    const create = await fetch(`${base}/v1/admin/services`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const update = await fetch(`${base}/v1/admin/services/n8n`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' });
    const remove = await fetch(`${base}/v1/admin/services/n8n`, { method: 'DELETE', headers: { authorization: 'Bearer not-a-token' } });
    for (const response of [create, update, remove]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await (await get('/v1/services/n8n')).json()) as { name: string }).toMatchObject({ name: 'n8n', active: true });
  });

  it('answers health with the version', async () => {
    const response = await get('/v1/health');
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
  });
});
