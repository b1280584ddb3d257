/**
 * Real credentials for the bench, got the way clients get them: customers register and log in over HTTP,
 * the administrator token is minted by the local platform (what `npm run admin-token` prints).
 */

export const BENCH_ADMIN_EMAIL = 'bench-admin@example.com';
/** Long enough for the password policy and not a common password. */
export const BENCH_PASSWORD = 'bench correct horse battery';

/** What register, login and refresh answer (SessionTokens in the OpenAPI document). */
export interface SessionTokens {
  user: { id: string; email: string; name: string; status: string };
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface BenchCustomer {
  email: string;
  password: string;
  /** The tokens of its latest sign-in. */
  session: SessionTokens;
}

/** Sends one JSON request and reads the whole answer; a body that is not JSON comes back as undefined. */
export const sendJson = async (baseUrl: string, method: string, path: string, options: { body?: unknown; token?: string } = {}) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
};

const expectTokens = async (what: string, status: number, call: Promise<{ status: number; json: unknown; text: string }>): Promise<SessionTokens> => {
  const answer = await call;
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}, not ${status}: ${answer.text.slice(0, 300)}`);
  return answer.json as SessionTokens;
};

export const registerCustomer = async (baseUrl: string, input: { email: string; name: string; password?: string }): Promise<BenchCustomer> => {
  const password = input.password ?? BENCH_PASSWORD;
  const session = await expectTokens(`POST /v1/auth/register (${input.email})`, 201, sendJson(baseUrl, 'POST', '/v1/auth/register', { body: { ...input, password } }));
  return { email: input.email, password, session };
};

export const loginCustomer = (baseUrl: string, email: string, password: string): Promise<SessionTokens> =>
  expectTokens(`POST /v1/auth/login (${email})`, 200, sendJson(baseUrl, 'POST', '/v1/auth/login', { body: { email, password } }));

export const refreshCustomer = (baseUrl: string, refreshToken: string): Promise<SessionTokens> =>
  expectTokens('POST /v1/auth/refresh', 200, sendJson(baseUrl, 'POST', '/v1/auth/refresh', { body: { refreshToken } }));
