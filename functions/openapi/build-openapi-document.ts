import type { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { apiKeyScopeOf } from '../../shared/api-keys/api-key-scopes';
import { PROBLEM_CONTENT_TYPE } from '../../shared/http/problem';
import { problemSchema } from '../../shared/http/problem-schema';
import { type InboundScheme, isDocumented, type RouteDefinition, routeKey } from '../../shared/http/route';
import { routes } from '../routes';
import { webhookDeliveries } from './webhook-deliveries';

const securitySchemes = {
  customerToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "A customer's access token from /v1/auth/login." },
  adminToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Cognito access token of the ADMINISTRATOR group.' },
  agentToken: { type: 'http', scheme: 'bearer', description: 'An agent token created by an administrator.' },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      "A customer's API key (pk_live_…, from POST /v1/auth/api-keys), on the customer routes that list it with the scope they need; a key without that scope is 403.",
  },
  stripeSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'Stripe-Signature',
    description: "Stripe's webhook signature, t=timestamp,v1=signature: an HMAC-SHA256 of the timestamp, a dot and the raw body, with the endpoint's signing secret; at most 5 minutes old.",
  },
  hmacSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Signature',
    description: "sha256= and the hex HMAC-SHA256 of the X-Signature-Timestamp header (Unix seconds), a dot and the raw body, with the hook's secret; the timestamp within 5 minutes of now.",
  },
  alertsToken: { type: 'http', scheme: 'bearer', description: "The alerts hook's token (ALERTS_WEBHOOK_TOKEN), as Alertmanager's http_config sends it." },
} as const;

const inboundSecurity: Record<InboundScheme, Record<string, string[]>[]> = {
  'stripe-signature': [{ stripeSignature: [] }],
  'hmac-signature': [{ hmacSignature: [] }],
  'bearer-or-hmac': [{ alertsToken: [] }, { hmacSignature: [] }],
};

const securityOf = (route: RouteDefinition): Record<string, string[]>[] =>
  ({
    public: [],
    // An operation an API key may call names the scope it needs (shared/api-keys/api-key-scopes.ts).
    customer: apiKeyScopeOf(routeKey(route)) ? [{ customerToken: [] }, { apiKey: [apiKeyScopeOf(routeKey(route))!] }] : [{ customerToken: [] }],
    admin: [{ adminToken: [] }],
    agent: [{ agentToken: [] }],
    'signed-inbound': inboundSecurity[route.inboundScheme ?? 'hmac-signature'],
  })[route.auth];

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

/** A 429 or 503 says when to come back. */
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: { type: 'integer' as const, minimum: 0 } } };
const problemWithRetryAfter = (description: string) => ({ ...problem(description), headers: retryAfter });

/** The error answers a route can give, from what it takes (DESIGN section 8, API.md "Errors every route shares"). */
const errorResponses = (route: RouteDefinition) => ({
  400: problem('The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field.'),
  ...(route.auth === 'public' ? {} : { 401: problem('Missing, invalid or expired credentials.'), 403: problem('Valid credentials without the right role.') }),
  ...(route.request?.params ? { 404: problem('No such resource, or not yours.') } : {}),
  ...(route.method === 'GET' ? {} : { 409: problem('The change conflicts with the current state.') }),
  413: problem('The body is over the size limit.'),
  414: problem('The URL is too long.'),
  ...(route.request?.body ? { 415: problem('The body is not JSON.') } : {}),
  429: problemWithRetryAfter(
    route.rateLimit
      ? `Rate limited per caller: ${route.rateLimit.description} The problem's detail names the limit; Retry-After says when to try again.`
      : 'Too many requests; see Retry-After.',
  ),
  ...Object.fromEntries(Object.entries(route.errors ?? {}).map(([status, description]) => [status, problem(description)])),
  500: problem('An unexpected error; quote the request id.'),
  503: problemWithRetryAfter('A dependency is unavailable; see Retry-After.'),
});

const operationOf = (route: RouteDefinition): ZodOpenApiOperationObject => ({
  operationId: route.operationId,
  summary: route.summary,
  tags: route.tags,
  security: securityOf(route),
  ...(route.request?.params || route.request?.query
    ? {
        requestParams: {
          ...(route.request.params ? { path: route.request.params as z.ZodObject } : {}),
          ...(route.request.query ? { query: route.request.query as z.ZodObject } : {}),
        },
      }
    : {}),
  ...(route.request?.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.request.body } } } } : {}),
  responses: {
    ...Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        response.schema
          ? { description: response.description, content: { [response.contentType ?? 'application/json']: { schema: response.schema } } }
          : { description: response.description },
      ]),
    ),
    ...errorResponses(route),
  },
});

/** The OpenAPI 3.1 document of the route table: every row but those outside the contract (the docs page). */
export const buildOpenApiDocument = (version: string, routeTable: readonly RouteDefinition[] = routes) => {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routeTable.filter(isDocumented)) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'PaaS platform API',
      version,
      description: 'Managed open-source apps, each in its customer’s own Kubernetes namespace. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/', description: 'This deployment' }],
    components: { securitySchemes },
    paths,
    // What the platform POSTs to webhook endpoints: each event of the catalogue with its headers.
    webhooks: webhookDeliveries(),
  });
};
