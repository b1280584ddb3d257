import { ulid } from 'ulid';
import { issueAccessToken } from '../auth/access-token';
import type { AccountDeps } from './account-deps';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret } from './refresh-token';
import type { StoredUser, User } from './user';

/** A session (refresh-token family) lives 30 days from its last use. */
export const SESSION_SECONDS = 30 * 24 * 3600;

export const publicUser = ({ passwordHash: _hash, version: _version, ...user }: StoredUser): User => user;

/** Opens a session for a user and answers the token pair (register and login). */
export const startSession = async (deps: Pick<AccountDeps, 'sessions' | 'signer' | 'tokenSettings' | 'now'>, user: StoredUser) => {
  const now = deps.now();
  const sessionId = ulid(now.getTime());
  const secret = newRefreshSecret();
  await deps.sessions.create({
    userId: user.id,
    sessionId,
    tokenHash: hashRefreshSecret(secret),
    createdAt: now.toISOString(),
    lastUsedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + SESSION_SECONDS,
  });
  const access = await issueAccessToken(deps.signer, deps.tokenSettings, { sub: user.id, sid: sessionId }, now);
  return { user: publicUser(user), ...access, refreshToken: formatRefreshToken({ userId: user.id, sessionId, secret }) };
};
