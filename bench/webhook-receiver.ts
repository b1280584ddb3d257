import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Arrival {
  path: string;
  id: string;
  sequence: number;
  /** performance.now() when the request's body had arrived. */
  at: number;
}

/**
 * A webhook receiver on loopback for the bench: answers 204 at once and records each delivery's path,
 * `webhook-id`, `webhook-sequence` and arrival time. It does not verify signatures (the tests do); it only
 * counts, so it takes as little of the machine as it can.
 */
export const startBenchReceiver = async () => {
  const arrivals: Arrival[] = [];
  const listeners = new Set<(arrival: Arrival) => void>();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const arrival = { path: request.url ?? '/', id: String(request.headers['webhook-id'] ?? ''), sequence: Number(request.headers['webhook-sequence'] ?? 0), at: performance.now() };
      arrivals.push(arrival);
      for (const listener of listeners) listener(arrival);
      response.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    arrivals,
    /** Resolves with the first arrival of `id` at `path`, or rejects after `timeoutMs`. */
    waitFor(path: string, id: string, timeoutMs = 30_000): Promise<Arrival> {
      const seen = arrivals.find((arrival) => arrival.path === path && arrival.id === id);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no delivery of ${id} to ${path} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (arrival: Arrival) => {
          if (arrival.path !== path || arrival.id !== id) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(arrival);
        };
        listeners.add(listener);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type BenchReceiver = Awaited<ReturnType<typeof startBenchReceiver>>;
