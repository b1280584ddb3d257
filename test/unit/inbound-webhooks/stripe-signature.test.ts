import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { verifyStripeSignature } from '../../../shared/inbound-webhooks/stripe-signature';

const secret = 'whsec_unit_test_secret_0123456789';
const now = new Date('2026-03-01T12:00:00.000Z');
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'invoice.paid', created: seconds(now), data: { object: { id: 'in_1' } } });
/** Signed by Stripe's own test helper, as Stripe would sign it. */
const sign = (payload: string, options: { secret?: string; at?: Date } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: seconds(options.at ?? now) });

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { type: error.type, message: error.message, errors: error.errors };
    throw error;
  }
  throw new Error('the check passed');
};

describe('the Stripe-Signature check, signed by Stripe’s own library', () => {
  it('accepts a body signed with the endpoint secret, within the tolerance', () => {
    expect(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body), secret, now })).not.toThrow();
    // Four minutes old is still inside Stripe's five.
    const fourMinutesAgo = new Date(now.getTime() - 240_000);
    expect(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body, { at: fourMinutesAgo }), secret, now })).not.toThrow();
  });

  it('refuses a signature made with another secret: 400 naming the header', () => {
    const refused = refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body, { secret: 'whsec_someone_else' }), secret, now }));
    expect(refused).toEqual({ type: 'validation', message: 'The webhook signature does not verify.', errors: [{ field: 'header.stripe-signature', message: 'does not match the body' }] });
  });

  it('refuses a tampered body whose signature was made for the original', () => {
    const tampered = body.replace('"in_1"', '"in_2"');
    expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(tampered), header: sign(body), secret, now })).errors?.[0]?.message).toBe('does not match the body');
  });

  it('refuses a stale timestamp, even correctly signed: a replay', () => {
    const tenMinutesAgo = new Date(now.getTime() - 600_000);
    const refused = refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body, { at: tenMinutesAgo }), secret, now }));
    expect(refused.type).toBe('validation');
    expect(refused.errors).toEqual([{ field: 'header.stripe-signature', message: 'is outside the 300 s tolerance' }]);
    // A tighter tolerance refuses what the default accepts.
    const twoMinutesAgo = new Date(now.getTime() - 120_000);
    expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body, { at: twoMinutesAgo }), secret, now, toleranceSeconds: 60 })).errors?.[0]?.message).toBe('is outside the 60 s tolerance');
  });

  it('refuses a malformed header, and answers 401 when there is none at all', () => {
    expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: 'not a stripe header', secret, now })).errors?.[0]).toEqual({
      field: 'header.stripe-signature',
      message: 'must be "t=<timestamp>,v1=<signature>"',
    });
    expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: undefined, secret, now }))).toMatchObject({ type: 'unauthorized' });
  });

  it('never puts the secret or the expected signature in its refusal', () => {
    const refused = refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: sign(body, { secret: 'whsec_other' }), secret, now }));
    expect(JSON.stringify(refused)).not.toContain(secret);
    expect(JSON.stringify(refused)).not.toMatch(/[0-9a-f]{64}/);
  });

  it('accepts a header with two v1 signatures when one matches, as Stripe sends them while a secret rolls over', () => {
    const t = seconds(now);
    const old = sign(body, { secret: 'whsec_the_old_secret' }).split(',')[1]!;
    expect(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: `t=${t},${old},${sign(body).split(',')[1]!}`, secret, now })).not.toThrow();
    expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header: `t=${t},${old}`, secret, now })).errors?.[0]?.message).toBe('does not match the body');
  });

  it('verifies nothing with a blank secret, even a body signed with the empty key', () => {
    const header = `t=${seconds(now)},v1=${createHmac('sha256', '').update(`${seconds(now)}.${body}`).digest('hex')}`;
    for (const blank of ['', '  '])
      expect(refusal(() => verifyStripeSignature({ rawBody: Buffer.from(body), header, secret: blank, now })).errors?.[0]?.message).toBe('does not match the body');
  });

  it('gives the verdict of Stripe’s own constructEvent on every header shape', () => {
    const t = seconds(now);
    const good = sign(body).split(',')[1]!;
    const headers = [
      sign(body),
      sign(body, { at: new Date(now.getTime() - 299_000) }),
      sign(body, { at: new Date(now.getTime() - 301_000) }),
      sign(body, { at: new Date(now.getTime() + 600_000) }),
      sign(body, { secret: 'whsec_someone_else' }),
      `${good},t=${t}`,
      `t=${t},v0=${good.slice(3)}`,
      `t=${t}`,
      good,
      `t=${t}, ${good}`,
      `t=x${t},${good}`,
      `t=${t},${good.toUpperCase()}`,
      `t=${t},${good}0`,
      'not a stripe header',
    ];
    for (const header of headers) {
      const ours = (() => {
        try {
          verifyStripeSignature({ rawBody: Buffer.from(body), header, secret, now });
          return true;
        } catch {
          return false;
        }
      })();
      const stripes = (() => {
        try {
          Stripe.webhooks.constructEvent(Buffer.from(body), header, secret, 300, undefined, now.getTime());
          return true;
        } catch {
          return false;
        }
      })();
      expect(ours, header).toBe(stripes);
    }
  });
});
