import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256Base64url } from '../crypto/sha256';

/**
 * Refresh tokens are opaque to clients: `<userId>.<sessionId>.<secret>`, where only a SHA-256 of the secret
 * is stored. The ids let the server find the session with one read; the secret is 256 random bits.
 */
export interface RefreshToken {
  userId: string;
  sessionId: string;
  secret: string;
}

export const newRefreshSecret = () => randomBytes(32).toString('base64url');

export const formatRefreshToken = ({ userId, sessionId, secret }: RefreshToken) => `${userId}.${sessionId}.${secret}`;

export const parseRefreshToken = (token: string): RefreshToken | undefined => {
  const match = /^([0-9A-Z]{26})\.([0-9A-Z]{26})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { userId: match[1]!, sessionId: match[2]!, secret: match[3]! } : undefined;
};

export const hashRefreshSecret = sha256Base64url;

export const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
