import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the platform API's two agent routes on 127.0.0.1: by default it accepts everything
 * (register → 200 with a node record, heartbeat → 204); a test queues other answers per route.
 */

export type Route = 'register' | 'heartbeat';

export interface ReceivedRequest {
  route: Route | 'other';
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

export type Answer =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Drop the connection without answering. */
  | 'destroy'
  /** Never answer. */
  | 'hang';

export const problem = (status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: JSON.stringify({ type: `https://paas.example.com/problems/${status}`, title, status, detail: title, ...extra }),
});

export const startFakeAgentApi = async () => {
  const received: ReceivedRequest[] = [];
  const queued: Record<Route, Answer[]> = { register: [], heartbeat: [] };
  const routeOf = (url: string | undefined): Route | 'other' =>
    url === '/v1/agent/register' ? 'register' : url === '/v1/agent/heartbeat' ? 'heartbeat' : 'other';

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = routeOf(req.url);
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      received.push({ route, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
      if (route === 'other' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const answer = queued[route].shift() ?? defaultAnswer(route, body);
      if (answer === 'hang') return;
      if (answer === 'destroy') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    heartbeats: () => received.filter((r) => r.route === 'heartbeat'),
    registrations: () => received.filter((r) => r.route === 'register'),
    /** The next answers of a route, in order, before the defaults resume. */
    queue: (route: Route, ...answers: Answer[]) => queued[route].push(...answers),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

const defaultAnswer = (route: Route, body: unknown): Answer =>
  route === 'register'
    ? {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nodeName: (body as { nodeName?: string } | undefined)?.nodeName, status: 'HEALTHY' }),
      }
    : { status: 204 };

/** Polls until the condition holds (or fails the test after timeoutMs). */
export const waitFor = async (condition: () => boolean, timeoutMs = 5_000, what = 'condition') => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
