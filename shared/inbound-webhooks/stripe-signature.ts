import { timingSafeEqual } from 'node:crypto';
import { timestampedHmac } from './hmac-signature';
import { DEFAULT_SIGNATURE_TOLERANCE_SECONDS, signatureHeaders } from './inbound-sources';
import { badSignature, missingCredentials, staleSignature } from './inbound-refusals';

export interface StripeCheck {
  rawBody: Buffer;
  header: string | undefined;
  /** The endpoint's signing secret, `whsec_…`. */
  secret: string;
  toleranceSeconds?: number;
  now?: Date;
}

/** `t=<unix seconds>` and the `v1=<hex>` signatures of a header, split as Stripe's library splits it. */
const parseHeader = (header: string) => {
  const pairs = header.split(',').map((item) => item.split('='));
  const timestamp = pairs.find(([key]) => key === 't')?.[1];
  return { timestamp: timestamp && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : undefined, signatures: pairs.filter(([key]) => key === 'v1').map(([, value]) => value ?? '') };
};

/**
 * Verifies a `Stripe-Signature` header, or throws the refusal, as Stripe documents the check
 * (https://docs.stripe.com/webhooks/signature) and its library's `webhooks.constructEvent` makes it:
 * `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, where a v1 is HMAC-SHA256(secret, "<t>.<raw body>") (the scheme of
 * the other hooks, hmac-signature.ts); one v1 that matches is enough (Stripe sends two while a secret rolls
 * over), compared in constant time; then the timestamp may be at most `toleranceSeconds` old. On node:crypto
 * rather than through Stripe's library: the library is 241 KiB that every cold start of the hook read and ran
 * for these few lines (issue 21). Its `generateTestHeaderString` signs in every test of this check, and a
 * unit test compares this check's verdicts with its `constructEvent`'s.
 * A blank secret verifies nothing, as the library refuses it: anyone could sign with an empty key.
 */
export const verifyStripeSignature = ({ rawBody, header, secret, toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS, now = new Date() }: StripeCheck): void => {
  if (!header) throw missingCredentials(`${signatureHeaders.stripe} header`);
  const { timestamp, signatures } = parseHeader(header);
  if (timestamp === undefined || !signatures.length) throw badSignature(signatureHeaders.stripe, 'must be "t=<timestamp>,v1=<signature>"');
  if (!secret.trim()) throw badSignature(signatureHeaders.stripe, 'does not match the body');
  const expected = Buffer.from(timestampedHmac(secret, timestamp, rawBody));
  const matches = (given: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), expected);
  if (!signatures.some(matches)) throw badSignature(signatureHeaders.stripe, 'does not match the body');
  // Only an old timestamp is refused, as Stripe's library does: a sender's clock a little ahead is not a replay.
  if (toleranceSeconds > 0 && Math.floor(now.getTime() / 1000) - timestamp > toleranceSeconds) throw staleSignature(signatureHeaders.stripe, toleranceSeconds);
};
