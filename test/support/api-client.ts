import type { LocalPlatform } from '../../infra/local/local-platform';
import { linkTokenOf, waitForMail } from './account-mail';

export interface Tokens {
  user: { id: string; email: string; name: string; status: string; emailVerified: boolean };
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** A thin JSON client for the local platform, the way any HTTP client would talk to it. */
export const apiClient = (platform: () => LocalPlatform) => {
  const call = async (method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${platform().url}${path}`, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    // A text answer (an instance's logs) is read as text only.
    const isText = /^text\//.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, text, json: text && !isText ? JSON.parse(text) : undefined };
  };
  let counter = 0;
  return {
    call,
    /**
     * Registers a fresh customer and returns its token pair and password. The customer is verified the way a
     * person does it, unless `verified: false`: the link is read from the platform's mail folder and its
     * token posted to /v1/auth/email/verify. The platform keeps requireVerifiedEmail on (its default) for
     * every test, so what the tests exercise is what runs; the cost is one file read and two calls.
     */
    async register(overrides: { email?: string; password?: string; name?: string; verified?: boolean } = {}) {
      const password = overrides.password ?? 'correct horse battery staple';
      const email = overrides.email ?? `customer-${Date.now()}-${counter++}@example.com`;
      const response = await call('POST', '/v1/auth/register', { body: { email, password, name: overrides.name ?? 'Test Customer' } });
      if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`);
      const tokens = response.json as Tokens;
      if (overrides.verified === false) return { ...tokens, password, email };
      const mail = await waitForMail(platform().mailDir, tokens.user.email, 'account.email-verification');
      const verified = await call('POST', '/v1/auth/email/verify', { body: { token: linkTokenOf(mail) } });
      if (verified.status !== 204) throw new Error(`verifying ${email} failed: ${verified.status} ${verified.text}`);
      const me = await call('GET', '/v1/auth/me', { token: tokens.accessToken });
      return { ...tokens, user: me.json as Tokens['user'], password, email };
    },
    login: (email: string, password: string) => call('POST', '/v1/auth/login', { body: { email, password } }),
    refresh: (refreshToken: string) => call('POST', '/v1/auth/refresh', { body: { refreshToken } }),
    adminToken: (email = 'admin@example.com', extra: { groups?: string[]; clientId?: string; minutes?: number } = {}) =>
      platform().mintAdminToken({ email, ...extra }),
  };
};
