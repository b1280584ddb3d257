import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookSender, errorKindOf } from '../../../shared/webhooks/webhook-sender';

// A receiver on loopback whose answer depends on the path; `hits` counts the requests each path got.
const hits = new Map<string, number>();
let server: Server;
let base: string;
const held: ServerResponse[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path === '/ok') return void response.writeHead(204).end();
      if (path === '/big') return void response.writeHead(500).end('é'.repeat(40_000));
      if (path === '/redirect') return void response.writeHead(307, { location: '/ok' }).end('moved');
      if (path === '/busy') return void response.writeHead(429, { 'retry-after': '120' }).end('slow down');
      // Never answered while the test runs (afterAll closes it): whatever the sender reports came from its own deadline.
      if (path === '/slow') return void held.push(response);
      if (path === '/reset') return void request.socket.destroy();
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = createWebhookSender({ allowLoopback: true }, { timeoutMs: 400 });
const deployed = createWebhookSender({ allowLoopback: false }, { timeoutMs: 400 });
const post = (sender: typeof local, path: string) => sender(path.startsWith('http') ? path : `${base}${path}`, '{"type":"x"}', { 'content-type': 'application/json' });

describe('the webhook sender', () => {
  it('reports the status of a 2xx, with the time it took', async () => {
    const result = await post(local, '/ok');
    expect(result).toMatchObject({ statusCode: 204, responseBody: '' });
    expect(result.error).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps only the start of a long answer, and reads a Retry-After', async () => {
    const big = await post(local, '/big');
    expect(big.statusCode).toBe(500);
    expect(Buffer.byteLength(big.responseBody!)).toBeLessThanOrEqual(1028);
    expect(big.responseBody!.startsWith('éé')).toBe(true);
    expect(await post(local, '/busy')).toMatchObject({ statusCode: 429, retryAfter: '120', responseBody: 'slow down' });
  });

  it('never follows a redirect: a 3xx is reported as one', async () => {
    const before = hits.get('/ok') ?? 0;
    expect(await post(local, '/redirect')).toMatchObject({ statusCode: 307, error: 'redirect' });
    expect(hits.get('/ok') ?? 0).toBe(before);
  });

  it('gives up at the deadline (a timeout), and names refused and reset connections', async () => {
    const slow = await post(local, '/slow');
    expect(slow.error).toBe('timeout');
    expect(slow.statusCode).toBeUndefined();
    // Not before the deadline; and it came back at all, from a receiver that never answers, so it gave up by itself.
    expect(slow.durationMs).toBeGreaterThanOrEqual(380);
    expect(held.some((response) => response.headersSent)).toBe(false);
    expect((await post(local, 'http://127.0.0.1:9/')).error).toBe('refused');
    expect((await post(local, '/reset')).error).toBe('reset');
  });

  it('refuses, before connecting, a literal address the policy forbids, and plain http anywhere but loopback', async () => {
    for (const url of ['https://10.0.0.1/hook', 'https://169.254.169.254/latest', 'https://[::ffff:127.0.0.1]/', 'http://93.184.215.14/hook']) {
      expect(await post(local, url)).toEqual({ error: 'forbidden-address', durationMs: 0 });
    }
    // The deployed policy: loopback is as forbidden as any private address, and http is never sent.
    expect((await post(deployed, '/ok')).error).toBe('forbidden-address');
    expect((await post(deployed, 'https://127.0.0.1/')).error).toBe('forbidden-address');
  });

  it('checks the addresses a host name resolves to when it connects (localhost is loopback)', async () => {
    const port = new URL(base).port;
    expect(await post(local, `http://localhost:${port}/ok`)).toMatchObject({ statusCode: 204 });
    expect((await post(deployed, `https://localhost:${port}/ok`)).error).toBe('forbidden-address');
  });

  it('maps connection errors to the kinds the attempt log knows', () => {
    expect(errorKindOf(Object.assign(new Error(), { code: 'ENOTFOUND' }))).toBe('dns');
    expect(errorKindOf(Object.assign(new Error(), { code: 'CERT_HAS_EXPIRED' }))).toBe('tls');
    expect(errorKindOf(Object.assign(new Error(), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }))).toBe('tls');
    expect(errorKindOf(Object.assign(new Error(), { code: 'EHOSTUNREACH' }))).toBe('network');
  });
});
