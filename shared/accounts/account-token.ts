import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { sha256Base64url } from '../crypto/sha256';

/**
 * The single-use tokens of account emails: a password reset link and an email verification link. A token
 * is 256 random bits; only its SHA-256 is stored (a high-entropy secret needs no slow hash), so the table
 * never holds anything that works as a link.
 */
export type AccountTokenPurpose = 'password-reset' | 'email-verification';

/** How long a link works: a reset is urgent and powerful, so short; a verification may wait for the inbox. */
export const ACCOUNT_TOKEN_SECONDS: Record<AccountTokenPurpose, number> = {
  'password-reset': 30 * 60,
  'email-verification': 24 * 3600,
};

export interface AccountTokenRecord {
  purpose: AccountTokenPurpose;
  /** SHA-256 of the token, base64url: the key the token is found by. */
  tokenHash: string;
  userId: string;
  /** The address the link was sent to: a verification proves this one, not whatever the account says later. */
  email: string;
  createdAt: string;
  /** Epoch seconds: the link stops working (and the table's TTL removes it) after this. */
  expiresAt: number;
  /** Set once, by the conditional write that uses the token. */
  usedAt?: string;
}

export const newAccountToken = () => randomBytes(32).toString('base64url');

export const hashAccountToken = sha256Base64url;

/** What a link carries: 43 base64url characters. Anything else is refused before any lookup. */
export const accountTokenSchema = z
  .string()
  .min(1)
  .max(128)
  .meta({ description: 'The token of the link the email gave', example: 'q9Vb2n8Rk3xLw5TzYp1Hc7Jd4Ms6Nf0GaE2uXoKiBv8' });

export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
