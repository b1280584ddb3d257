import { AppError } from '../errors/app-error';
import type { AccountDeps } from './account-deps';
import { parseRefreshToken } from './refresh-token';

/** Ends a session: the one of the refresh token given, or else the caller's current one. */
export const logout = async (deps: Pick<AccountDeps, 'sessions'>, caller: { userId: string; sessionId: string }, refreshToken?: string) => {
  const token = refreshToken === undefined ? undefined : parseRefreshToken(refreshToken);
  if (refreshToken !== undefined && !token) {
    throw new AppError('validation', 'The refresh token is not one this platform issued.', { errors: [{ field: 'body.refreshToken', message: 'is malformed' }] });
  }
  // Only the caller's own sessions: someone else's token is left alone, and the answer is the same.
  if (token && token.userId !== caller.userId) return;
  await deps.sessions.revoke(caller.userId, token?.sessionId ?? caller.sessionId);
};
