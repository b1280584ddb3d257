import { onceUnlessRejected } from '../config/load-config';

/**
 * TOTP (RFC 6238) through `otpauth`: SHA-1, 6 digits, 30-second steps, what every authenticator app reads
 * from an `otpauth://` URI. A code is accepted one step either side of now (clocks drift), and only for a
 * step after the last one used, so a code seen over someone's shoulder cannot be replayed.
 *
 * The library (and the SHA-1 it brings) is imported at the first code or secret, not with this module:
 * routes that only may need a second factor (closing an account, changing a password) import this, and
 * most of their callers have none on (issue 21: what a cold start reads and never runs).
 */
const PERIOD = 30;
const ISSUER = 'PaaS Platform';

const otpauth = onceUnlessRejected(() => import('otpauth'));

export const newTotpSecret = async (): Promise<string> => new (await otpauth()).Secret({ size: 20 }).base32;

const totpOf = async (secret: string, label = 'account') => {
  const { Secret, TOTP } = await otpauth();
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
};

export const otpauthUri = async (secret: string, accountName: string): Promise<string> => (await totpOf(secret, accountName)).toString();

export const codePattern = /^\d{6}$/;

/** The time step a code belongs to, if it is valid now and newer than `lastStep`; else undefined. */
export const matchTotp = async (secret: string, code: string, now: Date, lastStep?: number): Promise<number | undefined> => {
  if (!codePattern.test(code)) return undefined;
  const delta = (await totpOf(secret)).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = (await otpauth()).TOTP.counter({ period: PERIOD, timestamp: now.getTime() }) + delta;
  return lastStep === undefined || step > lastStep ? step : undefined;
};
