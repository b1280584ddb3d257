import type { Agent as HttpAgent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';

/** One outbound request's answer, read whole. */
export interface HttpAnswer {
  status: number;
  body: string;
  headers: IncomingMessage['headers'];
}

export interface ConnectionTarget {
  /** Where requests go: its protocol, host and port (a request names its own path). */
  endpoint: URL;
  /** Who is called, for the timeout's message: `dynamodb`, `Stripe`. */
  name: string;
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

/** A request that took longer than allowed, named as the AWS SDK names it so callers answer 503 and retry it. */
export const timeoutError = (message: string): Error => Object.assign(new Error(message), { name: 'TimeoutError' });

type Transport = { request(options: RequestOptions, answer: (response: IncomingMessage) => void): ClientRequest; agent: HttpAgent };

/**
 * http or https, taken at the first request: node:https brings TLS, which a function talking to DynamoDB
 * Local never needs. Through `process.getBuiltinModule`, not `import()`: the bundles point node:http at a
 * CommonJS module (infra/aws/function-bundling.ts says why), which `import()` would hand back as `default`.
 * Connections are kept alive and reused across invocations, as the SDKs' handlers do.
 */
const transportFor = (protocol: string): Transport => {
  const module = process.getBuiltinModule(protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:http');
  return { request: module.request, agent: new module.Agent({ keepAlive: true, maxSockets: 50 }) };
};

/**
 * Outbound requests to one service over kept-alive connections, on node:http itself: the light AWS clients'
 * (shared/aws/json-protocol) and Stripe's (shared/payments/stripe-api.ts). A connection not made within
 * `connectionTimeoutMs`, or an answer silent for `requestTimeoutMs`, fails the request with a TimeoutError.
 */
export const keptAliveConnection = (target: ConnectionTarget) => {
  const { endpoint } = target;
  const port = endpoint.port ? Number(endpoint.port) : undefined;
  let transport: Transport | undefined;
  const roundTrip = (method: string, path: string, headers: Record<string, string>, body?: string) => {
    const { request: send, agent } = (transport ??= transportFor(endpoint.protocol));
    return new Promise<HttpAnswer>((resolve, reject) => {
      const request = send({ agent, method, hostname: endpoint.hostname, port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: response.headers }));
      });
      request.on('error', reject);
      request.setTimeout(target.requestTimeoutMs, () => request.destroy(timeoutError(`no answer from ${target.name} within ${target.requestTimeoutMs} ms`)));
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => request.destroy(timeoutError(`no connection to ${target.name} within ${target.connectionTimeoutMs} ms`)), target.connectionTimeoutMs);
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      request.end(body);
    });
  };
  /** Closes the kept-alive connections (a test's client, done with its service). */
  const destroy = () => transport?.agent.destroy();
  return { roundTrip, destroy };
};
