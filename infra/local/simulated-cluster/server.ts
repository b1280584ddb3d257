import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { apiGroupDocument, apiGroupList, apiResourceList, coreApiVersions, versionInfo } from './discovery';
import type { Cluster } from './object-writes';
import { podLogText } from './pod-logs';
import { handleResourceRequest } from './resource-handlers';
import { readObject } from './resource-reads';
import { parsePath } from './route-path';
import { KubeStatusError, pathNotFound } from './status-errors';
import type { WatchHub } from './watch';

/**
 * The HTTP face of the simulated cluster: discovery, /version and health, and the resource paths. Any
 * bearer token (or none) is accepted unless `authenticate` says otherwise; every answer is JSON, errors in
 * Kubernetes' `Status` shape.
 */

export interface ServeOptions {
  /** Decides on the Authorization header (EKS-style bearer tokens in tests); refused requests get a 401. */
  authenticate?: (authorization: string | undefined) => boolean;
  /** Sees every API request (not the health probes): the bench counts Kubernetes API calls with it. */
  onRequest?: (method: string, path: string) => void;
  /** An injected failure for this request (fault tests): answered with that status instead of being served. */
  fault?: (method: string, path: string) => number | undefined;
  /** Serve HTTPS with this certificate, as EKS does (client-node refuses plain HTTP to a verified cluster). */
  tls?: { key: string; cert: string };
}

const MAX_BODY_BYTES = 3 * 1024 * 1024;

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => (size > MAX_BODY_BYTES ? reject(new KubeStatusError(413, 'RequestEntityTooLarge', 'the request is too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });

const sendJson = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-cache, private' });
  response.end(text);
};

const isWatch = (query: URLSearchParams) => query.get('watch') === 'true' || query.get('watch') === '1';

/** The answer to send, or 'streamed' when a watch (or a pod's log, as text) has taken the response over. */
const route = async (cluster: Cluster, watches: WatchHub, request: IncomingMessage, response: ServerResponse): Promise<{ status: number; body: unknown } | 'streamed'> => {
  const url = new URL(request.url ?? '/', 'http://simulated-cluster');
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(request);
  const pathname = url.pathname.replace(/\/+$/, '') || '/';

  if (method === 'GET') {
    if (pathname === '/version') return { status: 200, body: versionInfo() };
    if (pathname === '/api') return { status: 200, body: coreApiVersions(request.headers.host ?? '127.0.0.1') };
    if (pathname === '/apis') return { status: 200, body: apiGroupList() };
  }
  const parsed = parsePath(pathname);
  if (method === 'GET' && parsed.type === 'group') {
    const document = apiGroupDocument(parsed.group);
    if (document) return { status: 200, body: document };
  }
  if (method === 'GET' && parsed.type === 'groupVersion') {
    const document = apiResourceList(parsed.apiVersion);
    if (document) return { status: 200, body: document };
  }
  if (parsed.type !== 'resource') throw pathNotFound(`${method} ${pathname}`);
  if (method === 'GET' && isWatch(url.searchParams) && !parsed.path.subresource) {
    watches.serve(parsed.path, url.searchParams, request.headers.accept ?? '', response);
    return 'streamed';
  }
  if (method === 'GET' && parsed.path.resource.kind === 'Pod' && parsed.path.resource.group === '' && parsed.path.subresource === 'log' && parsed.path.name) {
    const text = podLogText(readObject(cluster, parsed.path.resource, parsed.path.namespace, parsed.path.name), url.searchParams);
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-cache, private' });
    response.end(text);
    return 'streamed';
  }
  return handleResourceRequest(cluster, {
    method,
    ...parsed.path,
    query: url.searchParams,
    contentType: request.headers['content-type'] ?? '',
    accept: request.headers.accept ?? '',
    userAgent: request.headers['user-agent'] ?? '',
    body,
  });
};

export interface ClusterServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const serveCluster = async (cluster: Cluster, watches: WatchHub, port = 0, host = '127.0.0.1', options: ServeOptions = {}): Promise<ClusterServer> => {
  const listener: RequestListener = (request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/healthz' || pathname === '/livez' || pathname === '/readyz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    options.onRequest?.(request.method ?? 'GET', pathname);
    const injected = options.fault?.(request.method ?? 'GET', pathname);
    if (injected) {
      const reason = injected === 429 ? 'TooManyRequests' : 'InternalError';
      sendJson(response, injected, new KubeStatusError(injected, reason, `injected fault (${injected})`).toStatus());
      return;
    }
    if (options.authenticate && !options.authenticate(request.headers.authorization)) {
      sendJson(response, 401, new KubeStatusError(401, 'Unauthorized', 'Unauthorized').toStatus());
      return;
    }
    route(cluster, watches, request, response).then(
      (answer) => {
        if (answer !== 'streamed') sendJson(response, answer.status, answer.body);
      },
      (error: unknown) => {
        const failure = error instanceof KubeStatusError ? error : new KubeStatusError(500, 'InternalError', `Internal error occurred: ${(error as Error).message}`);
        sendJson(response, failure.code, failure.toStatus());
      },
    );
  };
  const server: Server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${actual}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
