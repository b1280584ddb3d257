import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReceivedDelivery {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** What the receiver answered (undefined when it let the request time out). */
  answered?: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Waits this long before answering (a slow receiver; the platform may give up first). */
  delayMs?: number;
}

/**
 * A webhook receiver on loopback (node:http), as a customer would run one: it records every request and
 * answers as the test says, per path, by how many requests that path has had (1 for the first).
 */
export const startWebhookReceiver = async (answer: (path: string, count: number) => Answer = () => ({ status: 200 }), options: { port?: number } = {}) => {
  const received: ReceivedDelivery[] = [];
  const counts = new Map<string, number>();
  let respond = answer;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const path = request.url ?? '/';
      const count = (counts.get(path) ?? 0) + 1;
      counts.set(path, count);
      const entry: ReceivedDelivery = { path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      received.push(entry);
      const reply = respond(path, count);
      if (reply.delayMs) await sleep(reply.delayMs);
      if (response.destroyed) return;
      entry.answered = reply.status;
      response.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      response.end(reply.body ?? `answer ${reply.status}`);
    });
  });
  // A given port lets a test bring a receiver back up where its endpoint already points (a receiver that was down).
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    received,
    /** The requests to one path, in arrival order. */
    to: (path: string) => received.filter((entry) => entry.path === path),
    /** Changes how the receiver answers from now on. */
    answerWith(next: (path: string, count: number) => Answer) {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
