import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const decode = (value: string) => {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
};

/** Query parameters as API Gateway gives them: decoded, repeated keys joined by commas. */
const queryParameters = (raw: string): Record<string, string> | undefined => {
  if (!raw) return undefined;
  const result: Record<string, string> = {};
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? '' : decode(pair.slice(at + 1));
    result[key] = key in result ? `${result[key]},${value}` : value;
  }
  return result;
};

/**
 * Builds the API Gateway HTTP API (payload format 2.0) event for a request, as the real service would:
 * lower-cased headers joined by commas, cookies apart, a text body as is and anything that is not UTF-8
 * base64-encoded.
 */
export const toApiGatewayEvent = (
  request: IncomingMessage,
  body: Buffer,
  match: { routeKey: string; pathParameters?: Record<string, string> },
): APIGatewayProxyEventV2 => {
  const url = request.url ?? '/';
  const queryAt = url.indexOf('?');
  const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  const rawQueryString = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!.toLowerCase();
    const value = request.rawHeaders[i + 1]!;
    if (name === 'cookie') cookies = [...(cookies ?? []), ...value.split(';').map((c) => c.trim())];
    else headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  let textBody: string | undefined;
  let isBase64Encoded = false;
  if (body.length) {
    try {
      textBody = strictUtf8.decode(body);
    } catch {
      textBody = body.toString('base64');
      isBase64Encoded = true;
    }
  }
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: match.routeKey,
    rawPath,
    rawQueryString,
    cookies,
    headers,
    queryStringParameters: queryParameters(rawQueryString),
    pathParameters: match.pathParameters,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: request.method ?? 'GET',
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: match.routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    body: textBody,
    isBase64Encoded,
  };
};
