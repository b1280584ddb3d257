import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripeApi, StripeConnectionError, stripeForm, StripeRequestError, stripeRetryDelayMs, type StripeParams } from '../../../shared/payments/stripe-api';

/**
 * The platform's Stripe client against Stripe's official library (`stripe`), on a loopback server that
 * records what each sends and answers what a case scripts: the same calls must make the same requests (the
 * form body byte for byte, the key, the idempotency key, the API version), be retried on the same answers,
 * and fail with the same status, type, code and message.
 */
type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop';
interface Recorded {
  path: string;
  body: string;
  headers: IncomingMessage['headers'];
}

let server: Server;
let url: string;
let script: Scripted[] = [];
const recorded: Recorded[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      recorded.push({ path: request.url ?? '', body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      const next = script.shift() ?? { status: 200, body: { id: 'obj_1', object: 'thing', url: 'https://checkout.stripe.com/c/pay/cs_1' } };
      if (next === 'drop') {
        request.socket.destroy();
        return;
      }
      response.writeHead(next.status, { 'content-type': 'application/json', 'request-id': 'req_1', ...next.headers });
      response.end(JSON.stringify(next.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  script = [];
  recorded.length = 0;
});

const KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const library = () => new Stripe(KEY, { host: '127.0.0.1', port: new URL(url).port, protocol: 'http', maxNetworkRetries: 2, telemetry: false });
const ours = () => stripeApi({ apiUrl: url, sleep: async () => undefined });

/** What Stripe reads of a request: where it went, its form body, and the headers that change its meaning. */
const meaning = ({ path, body, headers }: Recorded) => ({
  path,
  body,
  authorization: headers.authorization,
  contentType: headers['content-type'],
  idempotencyKey: headers['idempotency-key'],
  stripeVersion: headers['stripe-version'],
});

/** Sends one call both ways, the same script for each; what each sent, and how each ended. */
const both = async (path: string, params: StripeParams, send: (stripe: Stripe) => Promise<unknown>, answers: Scripted[] = []) => {
  script = [...answers];
  const libraryOutcome = await send(library()).then(
    () => 'ok',
    (error: unknown) => error,
  );
  const sentByLibrary = recorded.splice(0).map(meaning);
  script = [...answers];
  const ourOutcome = await ours()
    .create(KEY, path, params, 'idem-1')
    .then(
      () => 'ok',
      (error: unknown) => error,
    );
  const sentByOurs = recorded.splice(0).map(meaning);
  return { libraryOutcome, ourOutcome, sentByLibrary, sentByOurs };
};

const checkoutParams = {
  mode: 'subscription',
  customer: 'cus_123',
  client_reference_id: '01JSUB',
  line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 1900, product_data: { name: "n8n — Pro (it's *the* plan!) & more" }, recurring: { interval: 'month' } } }],
  success_url: 'https://console.example/paid?session_id={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://console.example/cancelled',
  metadata: { subscriptionId: '01JSUB', userId: '01JUSER' },
  subscription_data: { metadata: { subscriptionId: '01JSUB', userId: '01JUSER' } },
} as const;

describe("the Stripe client against Stripe's library", () => {
  it('sends a Checkout Session with nested line items, metadata and characters to escape exactly as the library does', async () => {
    const run = await both('/v1/checkout/sessions', checkoutParams, (stripe) =>
      stripe.checkout.sessions.create(checkoutParams as unknown as Stripe.Checkout.SessionCreateParams, { idempotencyKey: 'idem-1' }),
    );
    expect(run.sentByLibrary).toHaveLength(1);
    expect(run.sentByOurs).toEqual(run.sentByLibrary);
    expect(run.sentByOurs[0]!.body).toContain('line_items[0][price_data][product_data][name]=');
    expect(run.sentByOurs[0]!.authorization).toBe(`Bearer ${KEY}`);
  });

  it('sends a customer and a portal session as the library does', async () => {
    const customer = { email: 'ada+billing@example.com', name: 'Ada Lovelace', metadata: { userId: '01JUSER' } };
    const customerRun = await both('/v1/customers', customer, (stripe) => stripe.customers.create(customer, { idempotencyKey: 'idem-1' }));
    expect(customerRun.sentByOurs).toEqual(customerRun.sentByLibrary);
    const portal = { customer: 'cus_123', return_url: 'https://console.example/billing' };
    const portalRun = await both('/v1/billing_portal/sessions', portal, (stripe) => stripe.billingPortal.sessions.create(portal, { idempotencyKey: 'idem-1' }));
    expect(portalRun.sentByOurs).toEqual(portalRun.sentByLibrary);
  });

  it.each<[string, Scripted[], number]>([
    ['a 500, then success', [{ status: 500, body: { error: { type: 'api_error', message: 'boom' } } }], 2],
    ['a 409 (the same key under way), then success', [{ status: 409, body: { error: { type: 'idempotency_error', message: 'in use' } } }], 2],
    ['a dropped connection, then success', ['drop'], 2],
    ['a 400 that Stripe says to retry, then success', [{ status: 400, body: { error: { type: 'invalid_request_error' } }, headers: { 'stripe-should-retry': 'true' } }], 2],
    ['a 500 that Stripe says not to retry', [{ status: 500, body: { error: { type: 'api_error', message: 'no' } }, headers: { 'stripe-should-retry': 'false' } }], 1],
    ['a 400', [{ status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'customer', message: 'Missing required param: customer.' } } }], 1],
    ['a 429', [{ status: 429, body: { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' } } }], 1],
    ['three 503s', [503, 503, 503].map((status) => ({ status, body: { error: { type: 'api_error', message: 'down' } } })), 3],
  ])('tries as often as the library after %s, with the same idempotency key each time', async (_case, answers, attempts) => {
    const portal = { customer: 'cus_123', return_url: 'https://console.example/billing' };
    const run = await both('/v1/billing_portal/sessions', portal, (stripe) => stripe.billingPortal.sessions.create(portal, { idempotencyKey: 'idem-1' }), answers);
    expect(run.sentByLibrary).toHaveLength(attempts);
    expect(run.sentByOurs).toHaveLength(attempts);
    expect(new Set(run.sentByOurs.map((sent) => sent.idempotencyKey))).toEqual(new Set(['idem-1']));
    expect(typeof run.ourOutcome === 'string').toBe(typeof run.libraryOutcome === 'string');
  });

  it("fails a refusal with the library's status, type, code and message", async () => {
    const answer = { status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'customer', message: 'Missing required param: customer.' } } };
    const portal = { customer: 'cus_123', return_url: 'https://console.example/billing' };
    const run = await both('/v1/billing_portal/sessions', portal, (stripe) => stripe.billingPortal.sessions.create(portal, { idempotencyKey: 'idem-1' }), [answer]);
    const theirs = run.libraryOutcome as Stripe.errors.StripeError;
    expect(theirs).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(run.ourOutcome).toBeInstanceOf(StripeRequestError);
    const mine = run.ourOutcome as StripeRequestError;
    expect({ status: mine.status, type: mine.stripeType, code: mine.code, message: mine.message, requestId: mine.requestId }).toEqual({
      status: theirs.statusCode,
      type: (theirs.raw as { type?: string }).type,
      code: theirs.code,
      message: theirs.message,
      requestId: theirs.requestId,
    });
  });

  it('fails with a StripeConnectionError when nothing answers, after its retries', async () => {
    const closed = stripeApi({ apiUrl: 'http://127.0.0.1:9', sleep: async () => undefined });
    const failure = await closed.create(KEY, '/v1/customers', { email: 'a@example.com' }, 'idem-1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StripeConnectionError);
    expect((failure as Error).message).not.toContain(KEY);
    expect((failure as Error & { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
  });
});

describe('the form body and the pauses', () => {
  it('leaves undefined out, writes null as empty (which unsets a field) and indexes arrays', () => {
    expect(stripeForm({ a: undefined, b: null, c: [1, { d: true }], 'e f': 'g&h=i' })).toBe('b=&c[0]=1&c[1][d]=true&e%20f=g%26h%3Di');
  });

  it("pauses as the library does: 0.5 s doubled per retry up to 5 s, jittered down to half, never under 0.5 s", () => {
    expect(stripeRetryDelayMs(1, () => 0)).toBe(500);
    expect(stripeRetryDelayMs(1, () => 0.999)).toBeCloseTo(500, -1);
    expect(stripeRetryDelayMs(2, () => 0)).toBe(500);
    expect(stripeRetryDelayMs(2, () => 1)).toBe(1000);
    expect(stripeRetryDelayMs(3, () => 0.5)).toBe(1500);
    expect(stripeRetryDelayMs(10, () => 1)).toBe(5000);
    expect(stripeRetryDelayMs(10, () => 0)).toBe(2500);
  });
});
