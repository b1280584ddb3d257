import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238) through `otpauth`: SHA-1, 6 digits, 30-second steps, what every authenticator app reads
 * from an `otpauth://` URI. A code is accepted one step either side of now (clocks drift), and only for a
 * step after the last one used, so a code seen over someone's shoulder cannot be replayed.
 */
const PERIOD = 30;
const ISSUER = 'PaaS Platform';

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label = 'account') =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });

export const otpauthUri = (secret: string, accountName: string): string => totpOf(secret, accountName).toString();

export const codePattern = /^\d{6}$/;

/** The time step a code belongs to, if it is valid now and newer than `lastStep`; else undefined. */
export const matchTotp = (secret: string, code: string, now: Date, lastStep?: number): number | undefined => {
  if (!codePattern.test(code)) return undefined;
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = TOTP.counter({ period: PERIOD, timestamp: now.getTime() }) + delta;
  return lastStep === undefined || step > lastStep ? step : undefined;
};
