import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Schemas = components['schemas'];

export interface PlatformClientOptions {
  /** The API's base URL, e.g. http://localhost:3000 or the stack's ApiUrl output. */
  baseUrl: string;
  /** A bearer token (customer access token, administrator token or agent token), or a function giving one. */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  fetch?: typeof fetch;
}

/**
 * A typed client of the platform's HTTP API: every path, parameter, body and answer is typed from the
 * OpenAPI document (openapi-fetch over generated types). Errors come back as `{ error }` with the
 * problem+json body, never as a throw.
 */
export const createPlatformClient = ({ baseUrl, token, fetch: fetchImpl }: PlatformClientOptions) => {
  const client = createClient<paths>({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  if (token) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === 'function' ? await token() : token;
        if (value) request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
};

export type PlatformClient = ReturnType<typeof createPlatformClient>;
