import { keptAliveConnection, type HttpAnswer } from '../http/kept-alive-connection';

/**
 * Stripe's REST API as the platform calls it: a form-encoded POST that makes one object, with an idempotency
 * key, retried the way Stripe's official library (`stripe` on npm) retries it, its JSON answer read back.
 *
 * Not the library itself: the platform makes three kinds of object (a customer, a Checkout Session, a
 * Customer Portal session), and the library's 241 KiB, which registers every resource of the API at import,
 * made the checkout and portal routes read 450 KiB at their cold start (issue 21: none over 300 KiB). What
 * this sends is checked against what the library sends for the same calls (test/unit/payments/
 * stripe-api.test.ts), and stripe-mock checks every request against Stripe's OpenAPI description
 * (test/integration/payments/stripe-adapter.test.ts).
 */

/** The API version the requests are written for: the one `stripe` 23.1.0 pins, whatever the account's default. */
export const STRIPE_API_VERSION = '2026-10-28.endive';

export type StripeParam = string | number | boolean | null | undefined | readonly StripeParam[] | { readonly [key: string]: StripeParam };
export type StripeParams = { readonly [key: string]: StripeParam };

/** Stripe refused a request: its status, and the error object of its answer (`type`, `code`, `message`). */
export class StripeRequestError extends Error {
  constructor(
    readonly status: number,
    readonly stripeType: string | undefined,
    readonly code: string | undefined,
    message: string,
    readonly requestId: string | undefined,
  ) {
    super(message);
    this.name = 'StripeRequestError';
  }
}

/** No answer from Stripe, after the retries: a connection refused, dropped or timed out (the error is the cause). */
export class StripeConnectionError extends Error {
  constructor(cause: unknown) {
    super(`Stripe could not be reached: ${(cause as Error | undefined)?.message ?? String(cause)}`, { cause });
    this.name = 'StripeConnectionError';
  }
}

/** As the library writes a value: `encodeURIComponent`, and the characters `qs` escapes too, with brackets kept. */
const encoded = (value: string) =>
  encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');

/**
 * A request's parameters as Stripe reads them (and the library writes them): nested objects as `a[b][c]`,
 * arrays indexed `a[0][b]`, null as an empty value (which unsets a field), undefined left out.
 */
export const stripeForm = (params: StripeParams): string => {
  const pairs: string[] = [];
  const add = (key: string, value: StripeParam): void => {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object') {
      pairs.push(`${encoded(key)}=${encoded(value === null ? '' : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((item: StripeParam, index) => add(`${key}[${index}]`, item));
    } else {
      for (const [name, item] of Object.entries(value)) add(`${key}[${name}]`, item);
    }
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return pairs.join('&');
};

/**
 * Whether an attempt is tried again, as the library decides it: a connection that failed or was dropped,
 * Stripe's own `Stripe-Should-Retry` when it says, a 409 (another request with the same key under way), any
 * 5xx. A refusal (400, 401, 402, 403, 404, 429) is not: the same request would be refused again.
 */
const retried = (answer: HttpAnswer | undefined): boolean => {
  if (!answer) return true;
  const advice = answer.headers['stripe-should-retry'];
  if (advice === 'false') return false;
  if (advice === 'true') return true;
  return answer.status === 409 || answer.status >= 500;
};

/** The library's pause before retry `retry` (from 1): 0.5 s doubled each time, up to 5 s, jittered to half of that, never under 0.5 s. */
export const stripeRetryDelayMs = (retry: number, random: () => number = Math.random): number =>
  Math.max(500, Math.min(500 * 2 ** (retry - 1), 5000) * 0.5 * (1 + random()));

const refusal = (answer: HttpAnswer): StripeRequestError => {
  const requestId = typeof answer.headers['request-id'] === 'string' ? answer.headers['request-id'] : undefined;
  let error: { type?: unknown; code?: unknown; message?: unknown } = {};
  try {
    error = (JSON.parse(answer.body) as { error?: typeof error }).error ?? {};
  } catch {
    // Not Stripe's JSON (a proxy's page): the status says enough.
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new StripeRequestError(answer.status, text(error.type), text(error.code), text(error.message) ?? `Stripe answered ${answer.status}`, requestId);
};

export interface StripeApiOptions {
  /** Another API base than https://api.stripe.com (stripe-mock): `http://127.0.0.1:12111`. */
  apiUrl?: string;
  /** Retries after the first attempt (the library's `maxNetworkRetries`). */
  maxRetries?: number;
  /** Waits between attempts; a test passes one that does not. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A Stripe API client over kept-alive connections. A connection not made in 3 s, or an answer silent for
 * 10 s, fails the attempt (and is retried under the same idempotency key: Stripe answers a repeat with the
 * first answer): three attempts stay inside API Gateway's 30 s.
 */
export const stripeApi = (options: StripeApiOptions = {}) => {
  const endpoint = new URL(options.apiUrl ?? 'https://api.stripe.com');
  const connection = keptAliveConnection({ endpoint, name: 'Stripe', connectionTimeoutMs: 3000, requestTimeoutMs: 10_000 });
  const maxRetries = options.maxRetries ?? 2;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Makes one object: POST `path` (`/v1/customers`), its JSON answer; a refusal throws a StripeRequestError, no answer a StripeConnectionError. */
  const create = async (apiKey: string, path: string, params: StripeParams, idempotencyKey: string): Promise<Record<string, unknown>> => {
    const body = stripeForm(params);
    const headers = {
      Accept: 'application/json',
      Authorization: `Bearer ${apiKey}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
      'Idempotency-Key': idempotencyKey,
      'Stripe-Version': STRIPE_API_VERSION,
      'User-Agent': 'paas-platform',
    };
    for (let retry = 0; ; retry += 1) {
      let answer: HttpAnswer | undefined;
      let failure: unknown;
      try {
        answer = await connection.roundTrip('POST', path, headers, body);
      } catch (error) {
        failure = error;
      }
      if (answer && answer.status >= 200 && answer.status < 300) return JSON.parse(answer.body) as Record<string, unknown>;
      if (retry < maxRetries && retried(answer)) {
        await sleep(stripeRetryDelayMs(retry + 1));
        continue;
      }
      throw answer ? refusal(answer) : new StripeConnectionError(failure);
    }
  };

  return { create, destroy: connection.destroy };
};
