import * as z from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { httpHandler } from '../../../shared/http/http-handler';
import { defineRoute } from '../../../shared/http/route';
import { hmacHeaders, verifyHmacSignature } from '../../../shared/inbound-webhooks/hmac-signature';
import { fixedSecret } from '../../../shared/inbound-webhooks/inbound-secret';
import { inboundAuthenticator } from '../../../shared/inbound-webhooks/inbound-verifier';
import { parseSourceRanges } from '../../../shared/inbound-webhooks/source-ranges';
import { apiEvent, context } from '../../support/api-gateway-events';

const secret = 'unit-hook-secret';
const route = defineRoute({
  operationId: 'unitHook',
  method: 'POST',
  path: '/v1/hooks/unit',
  handler: 'hooks/unit',
  auth: 'signed-inbound',
  summary: 'A hook for this test',
  tags: ['test'],
  request: { body: z.strictObject({ name: z.string() }) },
  responses: { 202: { description: 'ok' } },
  maxBodyBytes: 1024,
});

const handled: unknown[] = [];
const secretReads: number[] = [];
const handlerFor = (ranges = '') =>
  httpHandler(
    route,
    async ({ body, principal }) => {
      handled.push({ body, principal });
      return { status: 202 };
    },
    {
      authenticator: inboundAuthenticator({
        source: 'kubernetes',
        secret: async () => {
          secretReads.push(1);
          return fixedSecret(secret)();
        },
        sourceRanges: parseSourceRanges(ranges),
        credentialHeaders: ['x-signature'],
        check: ({ rawBody, event, secret: key, now }) =>
          verifyHmacSignature({ rawBody, signature: event.headers['x-signature'], timestamp: event.headers['x-signature-timestamp'], secret: key, now }),
      }),
    },
  );

const send = async (body: string, headers: Record<string, string>, options: { base64?: boolean; sourceIp?: string; ranges?: string } = {}) => {
  const event = apiEvent('POST', route.path, {
    headers: { 'content-type': 'application/json', ...headers },
    body: options.base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: Boolean(options.base64),
  });
  if (options.sourceIp) event.requestContext.http.sourceIp = options.sourceIp;
  const response = (await handlerFor(options.ranges)(event, context())) as { statusCode: number; body?: string };
  return { status: response.statusCode, problem: response.body ? JSON.parse(response.body) : undefined };
};

beforeAll(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

describe('a signed-inbound route in the shared middleware bundle', () => {
  it('passes a well-signed request to its use case with the source as principal', async () => {
    handled.length = 0;
    const body = '{"name":"ok"}';
    expect((await send(body, hmacHeaders(secret, body))).status).toBe(202);
    expect(handled).toEqual([{ body: { name: 'ok' }, principal: { kind: 'signed-inbound', source: 'kubernetes' } }]);
  });

  it('checks the signature before the JSON is parsed or validated: a badly signed bad body is a signature refusal', async () => {
    handled.length = 0;
    const broken = '{"name": 42, "extra": tru';
    const response = await send(broken, hmacHeaders('not the secret', broken));
    expect(response.status).toBe(400);
    expect(response.problem.errors).toEqual([{ field: 'header.x-signature', message: 'does not match the body' }]);
    // Well signed, the same body then meets the JSON check, and a wrong shape the schema.
    expect((await send(broken, hmacHeaders(secret, broken))).problem.title).toBe('Malformed JSON');
    const wrongShape = '{"name":42}';
    expect((await send(wrongShape, hmacHeaders(secret, wrongShape))).problem.errors).toEqual([{ field: 'body.name', message: expect.any(String) }]);
    expect(handled).toEqual([]);
  });

  it('verifies the exact bytes of a base64-encoded body', async () => {
    handled.length = 0;
    const body = '{"name":"naïve ☃"}';
    expect((await send(body, hmacHeaders(secret, Buffer.from(body)), { base64: true })).status).toBe(202);
    expect(handled).toHaveLength(1);
  });

  it('refuses an oversized body (413) before looking at the signature, and a missing one with 401 without reading the secret', async () => {
    const large = JSON.stringify({ name: 'x'.repeat(2000) });
    expect((await send(large, hmacHeaders(secret, large))).status).toBe(413);
    secretReads.length = 0;
    const unsigned = await send('{"name":"ok"}', {});
    expect(unsigned.status).toBe(401);
    expect(unsigned.problem.detail).toBe('The request carries no x-signature header.');
    expect(secretReads).toEqual([]);
  });

  it('refuses a source outside the configured ranges with 403, whatever the signature', async () => {
    const body = '{"name":"ok"}';
    expect((await send(body, hmacHeaders(secret, body), { sourceIp: '198.51.100.7', ranges: '192.0.2.0/24' })).status).toBe(403);
    expect((await send(body, hmacHeaders(secret, body), { sourceIp: '192.0.2.44', ranges: '192.0.2.0/24' })).status).toBe(202);
  });
});
