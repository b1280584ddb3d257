import { existsSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fallbackHandler, routes } from '../../../functions/routes';
import { loadHandler } from '../../../infra/local/handler-loader';
import { isDocumented, routeKey } from '../../../shared/http/route';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();

/** A concrete path for a route: each `{param}` filled with a value that is valid for most schemas. */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, 'n8n');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('the route table is the one source', () => {
  it('has unique route keys and operation ids, and every handler module exists and exports `handler`', async () => {
    expect(new Set(routes.map(routeKey)).size).toBe(routes.length);
    expect(new Set(routes.map((r) => r.operationId)).size).toBe(routes.length);
    for (const handler of [...new Set(routes.map((r) => r.handler)), fallbackHandler]) {
      expect(existsSync(new URL(`../../../functions/${handler}.ts`, import.meta.url)), handler).toBe(true);
      expect(typeof (await loadHandler(handler))).toBe('function');
    }
  });

  it('the OpenAPI document served over HTTP has exactly the routes of the table but the undocumented ones (the docs page)', async () => {
    const document = (await (await fetch(`${platform().url}/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => METHODS.includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const contract = routes.filter(isDocumented);
    expect(contract.length).toBeLessThan(routes.length);
    expect(documented.sort()).toEqual(contract.map(routeKey).sort());
    for (const route of contract) {
      const operation = document.paths[route.path]![route.method.toLowerCase()]!;
      expect(operation.operationId).toBe(route.operationId);
      for (const status of Object.keys(route.responses)) expect(operation.responses).toHaveProperty(status);
      expect(operation.responses).toHaveProperty('400');
    }
  });

  it('sends the OpenAPI document gzipped to a client that takes gzip, the same JSON as to one that does not', async () => {
    const plain = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      httpGet(`${platform().url}/v1/openapi.json`, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
    const zipped = await new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) =>
      httpGet(`${platform().url}/v1/openapi.json`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.vary).toContain('accept-encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it('puts examples from the schemas in the document', async () => {
    const text = await (await fetch(`${platform().url}/v1/openapi.json`)).text();
    expect(text).toContain('"example":"n8n"');
    expect(text).toContain('"Problem"');
  });

  it('the local HTTP router reaches every route of the table, and nothing else', async () => {
    for (const route of routes) {
      const response = await fetch(`${platform().url}${samplePath(route.path)}`, { method: route.method });
      const text = await response.text();
      expect(text, routeKey(route)).not.toContain('There is no route');
      expect(response.status, routeKey(route)).not.toBe(405);
    }
    const unknown = await fetch(`${platform().url}/v1/not-a-route`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('There is no route');
  });

  it('answers a CORS preflight the way the HTTP API is configured to', async () => {
    const response = await fetch(`${platform().url}/v1/services`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('sends security headers and a request id on answers and on errors', async () => {
    for (const path of ['/v1/services', '/v1/services/nope', '/v1/nowhere']) {
      const response = await fetch(`${platform().url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toContain('max-age');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
