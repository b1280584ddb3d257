import { parseRetryAfter } from './backoff.js';
import type { Heartbeat, Problem, RegisterNode } from './contract.js';
import { AGENT_VERSION } from './version.js';

/**
 * The two calls the agent makes. Every answer, whatever its status or body, becomes an ApiResult: the
 * client never throws, so no answer from the API (or from whatever sits in front of it) can crash the agent.
 */

export type FailureReason =
  | 'unauthorized' // 401: the token is wrong, revoked, or rotated under us
  | 'not-found' // 404: on a heartbeat, the node is not (or no longer) registered
  | 'bad-request' // 400/422: the API rejected the body; a contract mismatch worth a loud log line
  | 'throttled' // 429
  | 'server-error' // 5xx
  | 'unexpected-status' // any other status, e.g. a redirect or 403 from a proxy
  | 'timeout'
  | 'network'
  | 'aborted'; // the agent is stopping

export type ApiResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; reason: FailureReason; status?: number; retryAfterMs?: number; problem?: Problem; message: string };

export interface ApiClient {
  register(body: RegisterNode, signal?: AbortSignal): Promise<ApiResult>;
  heartbeat(body: Heartbeat, signal?: AbortSignal): Promise<ApiResult>;
}

export interface ApiClientOptions {
  /** e.g. http://localhost:3000 (a trailing slash or path prefix is kept). */
  baseUrl: string;
  /** Read before every request, so a token file rotated on disk is picked up without a restart. */
  token: () => Promise<string>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const MAX_BODY_CHARS = 64 * 1024;

export const createApiClient = ({ baseUrl, token, timeoutMs = 5_000, fetch: fetchImpl = fetch }: ApiClientOptions): ApiClient => {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;

  const post = async (route: string, body: unknown, stop?: AbortSignal): Promise<ApiResult> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(new URL(route, base), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token()}`,
          'content-type': 'application/json',
          accept: 'application/json, application/problem+json',
          'user-agent': `paas-agent/${AGENT_VERSION}`,
        },
        body: JSON.stringify(body),
        // A redirect would carry the bearer token to wherever it points; the API never redirects.
        redirect: 'manual',
        signal,
      });
      text = (await response.text()).slice(0, MAX_BODY_CHARS);
    } catch (error) {
      if (stop?.aborted) return { ok: false, reason: 'aborted', message: 'stopped' };
      if (timeout.aborted) return { ok: false, reason: 'timeout', message: `no answer within ${timeoutMs} ms` };
      return { ok: false, reason: 'network', message: networkMessage(error) };
    }
    const parsed = parseJson(text);
    if (response.ok) return { ok: true, status: response.status, body: parsed };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const problem = asProblem(parsed);
    return {
      ok: false,
      reason: reasonFor(response.status),
      status: response.status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(problem ? { problem } : {}),
      message: problem?.detail ?? problem?.title ?? (text.trim().slice(0, 200) || response.statusText || `HTTP ${response.status}`),
    };
  };

  return {
    register: (body, signal) => post('v1/agent/register', body, signal),
    heartbeat: (body, signal) => post('v1/agent/heartbeat', body, signal),
  };
};

/** The useful part of fetch's TypeError: the system error code (ECONNREFUSED, ENOTFOUND…) of its cause. */
const networkMessage = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  // fetch refuses the Fetch standard's "bad ports" (e.g. 9, 25, 6000) before connecting; say so plainly.
  if (cause?.message === 'bad port') return 'port blocked by fetch (a Fetch-standard "bad port"); use another port';
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
};

const reasonFor = (status: number): FailureReason => {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'bad-request';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server-error';
  return 'unexpected-status';
};

const parseJson = (text: string): unknown => {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** The problem+json fields that have the right types; anything else in the body is ignored. */
export const asProblem = (value: unknown): Problem | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x.slice(0, 500) : undefined);
  const problem: Problem = {
    ...(text(v.type) ? { type: text(v.type) } : {}),
    ...(text(v.title) ? { title: text(v.title) } : {}),
    ...(typeof v.status === 'number' ? { status: v.status } : {}),
    ...(text(v.detail) ? { detail: text(v.detail) } : {}),
    ...(Array.isArray(v.errors) ? { errors: v.errors.slice(0, 20) } : {}),
  };
  return Object.keys(problem).length > 0 ? problem : undefined;
};
