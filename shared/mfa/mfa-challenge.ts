import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { sha256Base64url } from '../crypto/sha256';

/**
 * The token a login answers when the account has two-factor sign-in: `mfa_<userId>_<id>_<secret>`, good for
 * one `POST /v1/auth/login/mfa` within five minutes and for nothing else (it is no access token: no route
 * accepts it as a Bearer credential). Only a SHA-256 of its 256-bit secret is stored.
 */
export const MFA_CHALLENGE_SECONDS = 5 * 60;
const ID = '[0-9A-HJKMNP-TV-Z]{26}';
const pattern = new RegExp(`^mfa_(${ID})_(${ID})_([A-Za-z0-9_-]{43})$`);

export const newMfaChallenge = (userId: string, now: Date) => {
  const id = ulid(now.getTime());
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `mfa_${userId}_${id}_${secret}`, secretHash: hashChallengeSecret(secret), expiresAt: Math.floor(now.getTime() / 1000) + MFA_CHALLENGE_SECONDS };
};

export const parseMfaChallenge = (token: string): { userId: string; id: string; secret: string } | undefined => {
  const match = pattern.exec(token);
  return match ? { userId: match[1]!, id: match[2]!, secret: match[3]! } : undefined;
};

export const hashChallengeSecret = sha256Base64url;
