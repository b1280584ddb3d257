import { issueAccessToken } from '../auth/access-token';
import { unauthorized } from '../auth/bearer-token';
import type { AccountDeps } from './account-deps';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret, parseRefreshToken, sameHash } from './refresh-token';
import { publicUser, SESSION_SECONDS } from './start-session';

const refused = () => unauthorized('The refresh token is invalid, expired or already used.');

/**
 * A refresh token for a new pair. The presented secret must be the session's current one: a rotated (old)
 * secret means the token was copied, so the whole family is revoked and both holders must sign in again.
 * A disabled or deleted account cannot refresh.
 */
export const refreshSession = async (deps: AccountDeps, presented: string) => {
  const token = parseRefreshToken(presented);
  if (!token) throw refused();
  const [session, user] = await Promise.all([deps.sessions.get(token.userId, token.sessionId), deps.users.get(token.userId)]);
  if (!session) throw refused();
  if (!sameHash(hashRefreshSecret(token.secret), session.tokenHash)) {
    await deps.sessions.revoke(token.userId, token.sessionId);
    throw refused();
  }
  if (!user || user.status !== 'ACTIVE') {
    await deps.sessions.revoke(token.userId, token.sessionId);
    throw refused();
  }
  const now = deps.now();
  const secret = newRefreshSecret();
  const rotated = await deps.sessions.rotate(session, hashRefreshSecret(secret), now.toISOString(), Math.floor(now.getTime() / 1000) + SESSION_SECONDS);
  if (!rotated) {
    // Another request rotated it first with the same secret: the same reuse, seen a moment later.
    await deps.sessions.revoke(token.userId, token.sessionId);
    throw refused();
  }
  const access = await issueAccessToken(deps.signer, deps.tokenSettings, { sub: user.id, sid: session.sessionId }, now);
  return { user: publicUser(user), ...access, refreshToken: formatRefreshToken({ userId: user.id, sessionId: session.sessionId, secret }) };
};
