/**
 * Real credentials for the bench, got the way clients get them: customers register and log in over HTTP,
 * the administrator token is minted by the local platform (what `npm run admin-token` prints), agent tokens
 * are created by that administrator over HTTP and nodes registered with them as the node agent does.
 */
import type { Heartbeat, RegisterNode } from '../shared/workers/agent-contract';
import { linkTokenOf, waitForMail } from '../test/support/account-mail';

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

/**
 * Confirms a new customer's address as its owner does, from the link in the platform's mail folder: an
 * unverified customer may not subscribe or add webhooks (requireVerifiedEmail, on by default).
 */
export const verifyCustomerEmail = async (platform: { url: string; mailDir: string }, email: string) => {
  const mail = await waitForMail(platform.mailDir, email, 'account.email-verification');
  const answer = await sendJson(platform.url, 'POST', '/v1/auth/email/verify', { body: { token: linkTokenOf(mail) } });
  if (answer.status !== 204) throw new Error(`POST /v1/auth/email/verify (${email}) answered ${answer.status}`);
};

export const registerCustomer = async (platform: { url: string; mailDir: string }, input: { email: string; name: string; password?: string }): Promise<BenchCustomer> => {
  const password = input.password ?? BENCH_PASSWORD;
  const session = await expectTokens(`POST /v1/auth/register (${input.email})`, 201, sendJson(platform.url, 'POST', '/v1/auth/register', { body: { ...input, password } }));
  await verifyCustomerEmail(platform, input.email);
  return { email: input.email, password, session };
};

export const loginCustomer = (baseUrl: string, email: string, password: string): Promise<SessionTokens> =>
  expectTokens(`POST /v1/auth/login (${email})`, 200, sendJson(baseUrl, 'POST', '/v1/auth/login', { body: { email, password } }));

export const refreshCustomer = (baseUrl: string, refreshToken: string): Promise<SessionTokens> =>
  expectTokens('POST /v1/auth/refresh', 200, sendJson(baseUrl, 'POST', '/v1/auth/refresh', { body: { refreshToken } }));

/** An agent token as POST /v1/admin/agent-tokens answers it (the token in full, shown once). */
export interface BenchAgentToken {
  id: string;
  token: string;
}

export const createAgentToken = async (baseUrl: string, adminToken: string, name: string): Promise<BenchAgentToken> => {
  const answer = await sendJson(baseUrl, 'POST', '/v1/admin/agent-tokens', { token: adminToken, body: { name } });
  if (answer.status !== 201) throw new Error(`POST /v1/admin/agent-tokens (${name}) answered ${answer.status}, not 201: ${answer.text.slice(0, 300)}`);
  const { id, token } = answer.json as BenchAgentToken;
  return { id, token };
};

/** Register and heartbeat bodies as the agent sends them, typed against the API contract. */
export const registerBody = (nodeName: string): RegisterNode => ({
  nodeName,
  agentVersion: '0.1.0-bench',
  system: { cpuCores: 4, memoryTotalBytes: 16 * 2 ** 30, diskTotalBytes: 100 * 2 ** 30, kernel: '6.1.0' },
});

export const heartbeatBody = (nodeName: string, sentAt = new Date()): Heartbeat => ({
  nodeName,
  agentVersion: '0.1.0-bench',
  sentAt: sentAt.toISOString(),
  cpu: { usagePercent: 12.5, cores: 4 },
  memory: { usedBytes: 4 * 2 ** 30, totalBytes: 16 * 2 ** 30 },
  load: { one: 0.5, five: 0.4, fifteen: 0.3 },
  disk: { usedBytes: 20 * 2 ** 30, totalBytes: 100 * 2 ** 30 },
  uptimeSeconds: 3600,
});

/** Registers a node over HTTP as an agent does; answers the node record's id and name. */
export const registerNode = async (baseUrl: string, agentToken: string, nodeName: string): Promise<{ id: string; name: string }> => {
  const answer = await sendJson(baseUrl, 'POST', '/v1/agent/register', { token: agentToken, body: registerBody(nodeName) });
  if (answer.status !== 200) throw new Error(`POST /v1/agent/register (${nodeName}) answered ${answer.status}, not 200: ${answer.text.slice(0, 300)}`);
  const { id, name } = answer.json as { id: string; name: string };
  return { id, name };
};
