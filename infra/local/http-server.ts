import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError } from '../../shared/errors/app-error';
import { allowedOrigins, corsPolicy } from '../../shared/http/cors-policy';
import { toProblemResponse } from '../../shared/http/problem';
import { routeKey, type RouteDefinition } from '../../shared/http/route';
import { createRouteMatcher } from '../../shared/http/route-matcher';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { toApiGatewayEvent } from './api-gateway-event';
import { invokeHandler } from './handler-loader';

/** API Gateway's own payload limit for HTTP APIs; handlers apply their smaller per-route limits. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface LocalHttpServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PAYLOAD_BYTES) {
        resolve('too-large');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

const send = (response: ServerResponse, result: APIGatewayProxyStructuredResultV2) => {
  const headers: Record<string, string | string[]> = { ...(result.headers as Record<string, string>) };
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.body === undefined ? undefined : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'));
};

/** CORS preflight, answered by the gateway itself in AWS (corsPreflight of the HTTP API). */
const preflight = (request: IncomingMessage): APIGatewayProxyStructuredResultV2 => {
  const origin = request.headers.origin ?? '';
  const origins = allowedOrigins();
  const allowed = origins.includes('*') ? '*' : origins.includes(origin) ? origin : undefined;
  return {
    statusCode: 204,
    headers: allowed
      ? {
          'access-control-allow-origin': allowed,
          'access-control-allow-methods': corsPolicy.allowMethods.join(','),
          'access-control-allow-headers': corsPolicy.allowHeaders.join(','),
          'access-control-max-age': String(corsPolicy.maxAgeSeconds),
          vary: 'Origin',
        }
      : {},
  };
};

/**
 * The local stand-in for API Gateway: matches the request against the route table (unmatched requests go to
 * the `$default` fallback, as in AWS), builds the payload-2.0 event, invokes the same handler the Lambda
 * runs and writes its answer back.
 */
export const startLocalHttpServer = async (options: {
  routes: readonly RouteDefinition[];
  fallbackHandler: string;
  port: number;
  host?: string;
  /** Extra non-API pages (the docs page, say), tried before the route table. */
  extraRoutes?: (request: IncomingMessage, response: ServerResponse) => boolean;
}): Promise<LocalHttpServer> => {
  const match = createRouteMatcher(options.routes);

  const server = createServer(async (request, response) => {
    try {
      if (options.extraRoutes?.(request, response)) return;
      const body = await readBody(request);
      if (body === 'too-large') {
        send(response, toProblemResponse(new AppError('payload-too-large', `The body is over ${MAX_PAYLOAD_BYTES} bytes.`)));
        return;
      }
      const path = (request.url ?? '/').split('?')[0]!;
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        send(response, preflight(request));
        return;
      }
      const found = match(request.method ?? 'GET', path);
      const target =
        found.kind === 'found'
          ? { handler: found.route.handler, routeKey: routeKey(found.route), pathParameters: found.pathParameters }
          : { handler: options.fallbackHandler, routeKey: '$default' };
      const event = toApiGatewayEvent(request, body, target);
      const result = (await invokeHandler(target.handler, event)) as APIGatewayProxyStructuredResultV2;
      send(response, result);
    } catch (error) {
      // What API Gateway does when the function itself fails: a bare 500, never the error.
      logger.error('local gateway: handler failed', errorFields(error));
      if (!response.headersSent) send(response, toProblemResponse(error));
      else response.destroy();
    }
  });
  server.keepAliveTimeout = 5000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
