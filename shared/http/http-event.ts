import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Principal } from '../auth/principal';

/** The API Gateway v2 event as the middlewares enrich it before the handler sees it. */
export interface HttpEvent extends APIGatewayProxyEventV2 {
  /** Body after size check, decoding and JSON parsing; undefined when the request had none. */
  jsonBody?: unknown;
  /** Set by the authentication middleware for non-public routes. */
  principal?: Principal;
  /** Validated params, query and body, typed by the route's schemas. */
  validated?: { params: unknown; query: unknown; body: unknown };
}

export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

export const requestIdOf = (event: APIGatewayProxyEventV2): string => event.requestContext?.requestId ?? 'unknown';

/** Header lookup that does not depend on the caller's casing. */
export const headerOf = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
};
