import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startStripeMock, type StripeMockServer } from '../../infra/stripe-mock/start-stripe-mock';

export interface RecordedStripeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The form-encoded body Stripe's library sent, decoded (`metadata[userId]` → its value). */
  form: Record<string, string>;
  /** What stripe-mock answered: 200 means the request passed its check against Stripe's OpenAPI description. */
  status: number;
}

/**
 * stripe-mock for one test file (the global setup built it), behind a recording pass-through: stripe-mock
 * checks each request against Stripe's OpenAPI description but keeps nothing, so what the adapter sent
 * (metadata, idempotency keys) is read from the recording, and stripe-mock's answer from its status.
 */
export const useStripeMock = () => {
  let mock: StripeMockServer | undefined;
  let proxy: ReturnType<typeof createServer> | undefined;
  let url = '';
  const requests: RecordedStripeRequest[] = [];
  beforeAll(async () => {
    mock = await startStripeMock();
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString();
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
        const answer = await fetch(`${mock!.url}${req.url}`, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
        const text = await answer.text();
        requests.push({ method: req.method!, path: req.url!, headers: req.headers, form: Object.fromEntries(new URLSearchParams(body)), status: answer.status });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
    await mock?.stop();
  });
  return {
    /** The recording pass-through's URL: give it as the adapter's apiUrl. */
    url: () => url,
    /** stripe-mock itself. */
    directUrl: () => mock!.url,
    requests,
  };
};
