import type { LocalPlatform } from '../../../infra/local/local-platform';
import type { RouteDefinition } from '../../../shared/http/route';
import { pathOf, type RouteRequest } from './route-requests';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** The exact bytes a request sends: the raw text when given (signed hooks), else the body as JSON. */
export const bodyTextOf = (request: RouteRequest) => request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));

/** Sends one request to a route over HTTP, as any client would. */
export const send = async (platform: LocalPlatform, route: RouteDefinition, request: RouteRequest, headers: Record<string, string> = {}): Promise<Answer> => {
  const body = bodyTextOf(request);
  const response = await fetch(`${platform.url}${pathOf(route, request)}${request.query ?? ''}`, {
    method: route.method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers, ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
};

/** The route's documented success status (each row has one). */
export const successOf = (route: RouteDefinition): number => {
  const statuses = Object.keys(route.responses).map(Number).filter((status) => status < 300);
  if (statuses.length !== 1) throw new Error(`${route.operationId} documents ${statuses.length} success statuses`);
  return statuses[0]!;
};
