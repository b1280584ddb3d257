import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiGroupDocument, apiGroupList, apiResourceList, coreApiVersions, versionInfo } from './discovery';
import type { Cluster } from './object-writes';
import { handleResourceRequest } from './resource-handlers';
import { parsePath } from './route-path';
import { KubeStatusError, pathNotFound } from './status-errors';
import type { WatchHub } from './watch';

/**
 * The HTTP face of the simulated cluster: discovery, /version and health, and the resource paths. Any
 * bearer token (or none) is accepted; every answer is JSON, errors in Kubernetes' `Status` shape.
 */

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

/** The answer to send, or 'streamed' when a watch has taken the response over. */
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

export const serveCluster = async (cluster: Cluster, watches: WatchHub, port = 0, host = '127.0.0.1'): Promise<ClusterServer> => {
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    if (pathname === '/healthz' || pathname === '/livez' || pathname === '/readyz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
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
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
