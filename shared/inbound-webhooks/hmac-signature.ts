import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DEFAULT_SIGNATURE_TOLERANCE_SECONDS, signatureHeaders } from './inbound-sources';
import { badSignature, missingCredentials, staleSignature, wrongToken } from './inbound-refusals';

/**
 * The HMAC scheme of the Kubernetes and alert hooks, on node:crypto: `X-Signature: sha256=<hex>` where the hex
 * is HMAC-SHA256(secret, "<X-Signature-Timestamp>.<raw body>"). The timestamp is inside the signed text, so a
 * captured request cannot be replayed once the tolerance has passed, nor its timestamp moved.
 */
export const hmacSignature = (secret: string, timestampSeconds: number, rawBody: Buffer | string): string => `sha256=${timestampedHmac(secret, timestampSeconds, rawBody)}`;

/** HMAC-SHA256(secret, "<timestamp>.<raw body>") in hex: what this scheme and Stripe's (stripe-signature.ts) sign. */
export const timestampedHmac = (secret: string, timestampSeconds: number, rawBody: Buffer | string): string =>
  createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');

/** The two headers a sender adds, for tests, the bench and the README's curl line. */
export const hmacHeaders = (secret: string, rawBody: Buffer | string, now = new Date()): Record<string, string> => {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [signatureHeaders.hmac]: hmacSignature(secret, timestamp, rawBody), [signatureHeaders.hmacTimestamp]: String(timestamp) };
};

export interface HmacCheck {
  rawBody: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  secret: string;
  toleranceSeconds?: number;
  now?: Date;
}

const SIGNATURE = /^sha256=([0-9a-f]{64})$/;

/**
 * Verifies an HMAC-signed request or throws the refusal (inbound-refusals.ts). Several signatures may be
 * given, comma-separated (a sender rolling its secret over): one that verifies is enough. Compared in
 * constant time with timingSafeEqual.
 */
export const verifyHmacSignature = ({ rawBody, signature, timestamp, secret, toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS, now = new Date() }: HmacCheck): void => {
  if (!signature) throw missingCredentials(`${signatureHeaders.hmac} header`);
  if (!timestamp) throw badSignature(signatureHeaders.hmacTimestamp, 'is required beside the signature');
  if (!/^\d{1,12}$/.test(timestamp.trim())) throw badSignature(signatureHeaders.hmacTimestamp, 'must be Unix seconds');
  const seconds = Number(timestamp.trim());
  if (Math.abs(Math.floor(now.getTime() / 1000) - seconds) > toleranceSeconds) throw staleSignature(signatureHeaders.hmacTimestamp, toleranceSeconds);
  const given = signature.split(',').map((part) => SIGNATURE.exec(part.trim())?.[1]);
  if (given.some((hex) => hex === undefined)) throw badSignature(signatureHeaders.hmac, 'must be "sha256=<64 hex digits>", comma-separated when there are several');
  const expected = Buffer.from(timestampedHmac(secret, seconds, rawBody), 'hex');
  if (!given.some((hex) => timingSafeEqual(expected, Buffer.from(hex!, 'hex')))) throw badSignature(signatureHeaders.hmac, 'does not match the body');
};

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `Authorization: Bearer <token>` (what Alertmanager's http_config sends natively). The digests are compared,
 * so the comparison takes the same time whatever the lengths.
 */
export const verifyBearerToken = (authorization: string | undefined, token: string): void => {
  const presented = /^Bearer (.+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!presented) throw missingCredentials('Authorization: Bearer header', true);
  if (!timingSafeEqual(digest(presented), digest(token))) throw wrongToken();
};
