import Stripe from 'stripe';
import { AppError } from '../errors/app-error';
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

/**
 * Verifies a `Stripe-Signature` header with Stripe's own library (`webhooks.constructEvent` on the raw bytes,
 * with the tolerance), or throws the refusal. Only the static `Stripe.webhooks` is used: no client, no API key.
 * Its messages are not passed on (they carry advice for integrators, and say which check failed in prose);
 * the refusal names the header and says stale or not matching.
 */
export const verifyStripeSignature = ({ rawBody, header, secret, toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS, now = new Date() }: StripeCheck): void => {
  if (!header) throw missingCredentials(`${signatureHeaders.stripe} header`);
  try {
    Stripe.webhooks.constructEvent(rawBody, header, secret, toleranceSeconds, undefined, now.getTime());
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      if (/tolerance/i.test(error.message)) throw staleSignature(signatureHeaders.stripe, toleranceSeconds);
      if (/extract timestamp|expected scheme/i.test(error.message)) throw badSignature(signatureHeaders.stripe, 'must be "t=<timestamp>,v1=<signature>"');
      throw badSignature(signatureHeaders.stripe, 'does not match the body');
    }
    // The signature verified, then the body would not parse: the JSON middleware's own answer.
    if (error instanceof SyntaxError) throw new AppError('malformed-json', 'The body is not valid JSON.', { errors: [{ field: 'body', message: 'is not valid JSON' }] });
    throw error;
  }
};

/** A `Stripe-Signature` header for a body, made by Stripe's own test helper (tests, the bench, local trials). */
export const stripeTestHeader = (payload: string, secret: string, now = new Date()): string =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(now.getTime() / 1000) });
