import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { hmacHeaders, hmacSignature, verifyBearerToken, verifyHmacSignature } from '../../../shared/inbound-webhooks/hmac-signature';

const secret = 'kubernetes-hook-secret';
const now = new Date('2026-03-01T12:00:00.000Z');
const body = Buffer.from('{"metadata":{"uid":"u-1"},"involvedObject":{"name":"n8n-abc"},"reason":"BackOff"}');

const check = (overrides: Partial<Parameters<typeof verifyHmacSignature>[0]> = {}) => {
  const headers = hmacHeaders(secret, body, now);
  return () => verifyHmacSignature({ rawBody: body, signature: headers['x-signature'], timestamp: headers['x-signature-timestamp'], secret, now, ...overrides });
};
const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { type: error.type, errors: error.errors };
    throw error;
  }
  throw new Error('the check passed');
};

describe('the HMAC scheme (X-Signature over X-Signature-Timestamp and the raw body)', () => {
  it('accepts a body signed with the secret at the given time', () => {
    expect(() => check()()).not.toThrow();
    expect(hmacHeaders(secret, body, now)['x-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  it('refuses another secret, and a tampered body', () => {
    const other = hmacHeaders('another secret', body, now)['x-signature'];
    expect(refusal(check({ signature: other }))).toEqual({ type: 'validation', errors: [{ field: 'header.x-signature', message: 'does not match the body' }] });
    expect(refusal(check({ rawBody: Buffer.from(body.toString().replace('BackOff', 'Started')) })).errors?.[0]?.message).toBe('does not match the body');
  });

  it('refuses a moved timestamp: it is inside the signed text', () => {
    const seconds = Math.floor(now.getTime() / 1000);
    expect(refusal(check({ timestamp: String(seconds - 10) })).errors?.[0]).toEqual({ field: 'header.x-signature', message: 'does not match the body' });
  });

  it('refuses a stale timestamp, and one too far ahead, even correctly signed', () => {
    const seconds = Math.floor(now.getTime() / 1000);
    for (const at of [seconds - 301, seconds + 301]) {
      const signature = hmacSignature(secret, at, body);
      expect(refusal(check({ signature, timestamp: String(at) })).errors).toEqual([{ field: 'header.x-signature-timestamp', message: 'is outside the 300 s tolerance' }]);
    }
    const justInside = seconds - 299;
    expect(() => check({ signature: hmacSignature(secret, justInside, body), timestamp: String(justInside) })()).not.toThrow();
  });

  it('accepts any of several signatures (a secret being rolled over)', () => {
    const good = hmacHeaders(secret, body, now)['x-signature'];
    const old = hmacHeaders('the old secret', body, now)['x-signature'];
    expect(() => check({ signature: `${old}, ${good}` })()).not.toThrow();
  });

  it('names what is malformed, and answers 401 when no signature is sent', () => {
    expect(refusal(check({ signature: 'md5=abc' })).errors?.[0]?.field).toBe('header.x-signature');
    expect(refusal(check({ timestamp: 'yesterday' })).errors).toEqual([{ field: 'header.x-signature-timestamp', message: 'must be Unix seconds' }]);
    expect(refusal(check({ timestamp: undefined })).errors?.[0]?.field).toBe('header.x-signature-timestamp');
    expect(refusal(check({ signature: undefined })).type).toBe('unauthorized');
  });
});

describe('the bearer token of the alerts hook', () => {
  it('accepts the token, refuses another (401) and its absence (401)', () => {
    expect(() => verifyBearerToken('Bearer the-token', 'the-token')).not.toThrow();
    expect(refusal(() => verifyBearerToken('Bearer the-token-', 'the-token')).type).toBe('unauthorized');
    expect(refusal(() => verifyBearerToken('Basic dXNlcjpwYXNz', 'the-token')).type).toBe('unauthorized');
    expect(refusal(() => verifyBearerToken(undefined, 'the-token')).type).toBe('unauthorized');
  });
});
