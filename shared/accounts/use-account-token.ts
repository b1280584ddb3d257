import { AppError } from '../errors/app-error';
import type { AccountDeps } from './account-deps';
import { hashAccountToken, isWellFormedToken, type AccountTokenPurpose, type AccountTokenRecord } from './account-token';

/** A token that cannot be used: 400 naming `body.token` and saying why, with nothing changed. */
export const refusedToken = (reason: string) =>
  new AppError('validation', `The link cannot be used: it ${reason}. Ask for a new one.`, { errors: [{ field: 'body.token', message: reason }] });

/**
 * The stored token a link carries, if it can still be used: refused when it is not one the platform issued
 * (or its record aged out), has expired or was used. The use itself is a conditional write committed with
 * the change it allows (AccountTokenStore.usePart), so two uses racing each other still make one change.
 */
export const usableToken = async (deps: Pick<AccountDeps, 'accountTokens'>, purpose: AccountTokenPurpose, token: string, now: Date): Promise<AccountTokenRecord> => {
  const record = isWellFormedToken(token) ? await deps.accountTokens.find(purpose, hashAccountToken(token)) : undefined;
  if (!record) throw refusedToken('is not a link this platform sent, or it expired long ago');
  if (record.usedAt) throw refusedToken('was used already');
  if (record.expiresAt * 1000 <= now.getTime()) throw refusedToken('has expired');
  return record;
};

/** What a failed commit means when the token was fine a moment ago: another use got there first. */
export const usedMeanwhile = () => refusedToken('was used already');
