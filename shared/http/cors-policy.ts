/**
 * The CORS policy, one definition for the HTTP API's preflight (CDK), the local server's preflight and
 * the headers every response carries. Origins come from CORS_ALLOWED_ORIGINS (comma separated, `*` for any).
 */
export const corsPolicy = {
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
  exposeHeaders: ['x-request-id', 'retry-after', 'location'],
  maxAgeSeconds: 600,
} as const;

export const allowedOrigins = (value = process.env.CORS_ALLOWED_ORIGINS ?? '*'): string[] =>
  value.split(',').map((origin) => origin.trim()).filter(Boolean);
