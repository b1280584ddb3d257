import type { z } from 'zod';
import type { RouteRateLimit } from '../rate-limit/call-limit';

/** Who may call a route (DESIGN section 3). */
export type AuthKind = 'public' | 'customer' | 'admin' | 'agent' | 'signed-inbound';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type InboundScheme = 'stripe-signature' | 'hmac-signature' | 'bearer-or-hmac';

export interface RouteResponse {
  description: string;
  /** Omitted for bodiless answers such as 204. */
  schema?: z.ZodType;
  contentType?: string;
}

/**
 * One row of the route table. The CDK API, the local HTTP router and the OpenAPI document are all made
 * from these rows, so a route cannot exist in one and not the others.
 */
export interface RouteDefinition<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** API Gateway path syntax: `/v1/services/{slug}`. */
  path: string;
  /** The handler module under functions/, without extension; it exports `handler`. */
  handler: string;
  auth: AuthKind;
  summary: string;
  tags: string[];
  request?: { params?: Params; query?: Query; body?: Body };
  /** Success responses; the shared error responses are added by the OpenAPI builder. */
  responses: Record<number, RouteResponse>;
  /**
   * Error answers of this route beyond the shared ones, by status, with what they mean (a problem+json body
   * each): 401 for a wrong password on a public route, 404 for an unknown plan named in a body, 422 for a
   * value a rule refuses. The contract fuzzer fails on any status a route gives without declaring it.
   */
  errors?: Record<number, string>;
  /** Route-level throttling in AWS (requests per second and burst). */
  throttle?: { rateLimit: number; burstLimit: number };
  /**
   * A per-caller limit answered with 429 and Retry-After (issue 9): declared in the OpenAPI document, and
   * counted by the shared middleware when it has a counter (shared/rate-limit/call-limit.ts).
   */
  rateLimit?: RouteRateLimit;
  /** Largest accepted body in bytes; the shared default applies when omitted. */
  maxBodyBytes?: number;
  /**
   * A `signed-inbound` route's scheme, for the OpenAPI document (the check itself is the handler's own
   * authenticator): Stripe's `Stripe-Signature`, the platform's HMAC headers, or a bearer token or those.
   */
  inboundScheme?: InboundScheme;
  /**
   * `false` for a route outside the API contract (the docs page and its assets): served like every row,
   * locally and in AWS, but left out of the OpenAPI document, the typed client and the request collection.
   */
  documented?: boolean;
}

export const defineRoute = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  route: RouteDefinition<P, Q, B>,
): RouteDefinition<P, Q, B> => route;

/** Whether a row belongs in the OpenAPI document (every route of the API does; see `documented`). */
export const isDocumented = (route: Pick<RouteDefinition, 'documented'>): boolean => route.documented !== false;

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;
