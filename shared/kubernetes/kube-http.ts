import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { ClusterAuth, ClusterConnection, ClusterTls } from './cluster-connection';

/** How long a request may wait for the API server (connect, or between bytes) before it is a TransientError. */
export const REQUEST_TIMEOUT_MS = 30_000;
/**
 * How long a pooled connection may sit idle before it is closed. A Lambda container frozen between
 * invocations comes back with connections the server or a load balancer may have dropped without a word;
 * closing idle ones early (the timer fires when the container thaws) means the next request opens a new one
 * instead of waiting out the request timeout on a dead one.
 */
const IDLE_CONNECTION_MS = 15_000;
/** How long a token read from a file is used before the file is read again (client-go rereads each minute). */
const TOKEN_FILE_REUSE_MS = 60_000;

/** An answer of the API server other than 2xx: its status code and body (a Status document, as JSON text). */
export class KubeApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what}: HTTP ${statusCode}`);
    this.name = 'KubeApiError';
  }
}

export interface KubeRequest {
  method: 'GET' | 'PATCH' | 'PUT' | 'DELETE' | 'POST';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: string;
  contentType?: string;
  /** JSON by default; pods/log answers text. */
  accept?: string;
  timeoutMs?: number;
}

/** One keep-alive agent per TLS configuration (an EKS token renewal keeps the same one: cluster-connection.ts). */
const agents = new WeakMap<ClusterTls, HttpAgent>();
const agentFor = (server: URL, tls: ClusterTls): HttpAgent => {
  let agent = agents.get(tls);
  if (!agent) {
    agent =
      server.protocol === 'http:'
        ? new HttpAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS })
        : new HttpsAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS, ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: !tls.insecureSkipTlsVerify, servername: tls.serverName });
    agents.set(tls, agent);
  }
  return agent;
};

const tokenFiles = new Map<string, { token: string; readAt: number }>();
const tokenFromFile = (file: string): string => {
  const cached = tokenFiles.get(file);
  if (cached && Date.now() - cached.readAt < TOKEN_FILE_REUSE_MS) return cached.token;
  const token = readFileSync(file, 'utf8').trim();
  tokenFiles.set(file, { token, readAt: Date.now() });
  return token;
};

const authorization = (auth: ClusterAuth): string | undefined => {
  const token = auth.token ?? (auth.tokenFile ? tokenFromFile(auth.tokenFile) : undefined);
  if (token) return `Bearer ${token}`;
  if (auth.username !== undefined) return `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`;
  return undefined;
};

const queryString = (query: KubeRequest['query'] = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const readBody = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });

const send = (connection: ClusterConnection, request: KubeRequest): Promise<{ statusCode: number; body: string; reusedSocket: boolean }> => {
  const server = new URL(connection.server);
  const basePath = server.pathname.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: request.accept ?? 'application/json', 'user-agent': 'paas-platform' };
  const credentials = authorization(connection.auth);
  if (credentials) headers.authorization = credentials;
  if (request.body !== undefined) {
    headers['content-type'] = request.contentType ?? 'application/json';
    headers['content-length'] = String(Buffer.byteLength(request.body));
  }
  const requestFn = server.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const outgoing = requestFn(
      {
        protocol: server.protocol,
        hostname: server.hostname.replace(/^\[|\]$/g, ''),
        port: server.port || undefined,
        method: request.method,
        path: `${basePath}${request.path}${queryString(request.query)}`,
        headers,
        agent: agentFor(server, connection.tls),
        timeout: request.timeoutMs ?? REQUEST_TIMEOUT_MS,
      },
      (response) => readBody(response).then((body) => resolve({ statusCode: response.statusCode ?? 0, body, reusedSocket: outgoing.reusedSocket }), reject),
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`the API server did not answer ${request.method} ${request.path} within ${(request.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`)));
    outgoing.on('error', (error) => reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket })));
    outgoing.end(request.body);
  });
};

/**
 * One request to the API server; its body as text when it answers 2xx, else a KubeApiError. A failure to
 * reach it (refused, reset, timed out) is thrown as Node reports it, with no status code.
 *
 * A pooled connection the server closed while it was idle (a Lambda container thawed after minutes) fails
 * with ECONNRESET on first use; that one request is sent once more on a new connection, as Node's docs
 * advise. Every request the adapter makes is idempotent (apply, merge patch, delete, reads), so resending
 * one whose answer was lost is safe.
 */
export const kubeRequest = async (connection: ClusterConnection, request: KubeRequest, what: string): Promise<string> => {
  const answer = await send(connection, request).catch((error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
    if (error.reusedSocket && error.code === 'ECONNRESET') return send(connection, request);
    throw error;
  });
  if (answer.statusCode < 200 || answer.statusCode >= 300) throw new KubeApiError(answer.statusCode, answer.body, what);
  return answer.body;
};
