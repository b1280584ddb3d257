import { isCommitPartRejected } from '../data/commit-part';
import { domainEvent } from '../events/domain-event';
import type { AccountDeps } from './account-deps';
import { sendAccountMail } from './account-mail';
import { ACCOUNT_TOKEN_SECONDS, hashAccountToken, newAccountToken } from './account-token';
import { currentUser } from './get-profile';
import { refusedToken, usableToken, usedMeanwhile } from './use-account-token';
import type { StoredUser } from './user';

type VerificationDeps = Pick<AccountDeps, 'accountTokens' | 'mail' | 'now'>;

/**
 * Emails a verification link to the account's address: a new single-use token, stored as its hash with the
 * address it was sent to. Earlier links keep working until they expire (the person may open any of them).
 */
export const sendVerificationLink = async (deps: VerificationDeps, user: Pick<StoredUser, 'id' | 'email' | 'name'>) => {
  const now = deps.now();
  const token = newAccountToken();
  const validSeconds = ACCOUNT_TOKEN_SECONDS['email-verification'];
  await deps.accountTokens.create({
    purpose: 'email-verification',
    tokenHash: hashAccountToken(token),
    userId: user.id,
    email: user.email,
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + validSeconds,
  });
  await sendAccountMail(deps.mail, 'email-verification', { email: user.email, name: user.name, userId: user.id }, { token, validSeconds });
};

/** Another link, on the customer's request; an address verified already needs none, and gets none. */
export const resendVerification = async (deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'mail' | 'now'>, userId: string) => {
  const user = await currentUser(deps, userId);
  if (user.emailVerified) return;
  await sendVerificationLink(deps, user);
};

/**
 * A verification link's token: the account's address is marked verified, with the token's use and
 * `user.email-verified` in the same transaction. Refused (400, nothing changed) when the token is unknown,
 * expired or used, or was sent to an address the account no longer has.
 */
export const verifyEmail = async (deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'now'>, token: string) => {
  const now = deps.now();
  const record = await usableToken(deps, 'email-verification', token, now);
  const user = await deps.users.get(record.userId, { consistent: true });
  if (!user) throw refusedToken('belongs to an account that no longer exists');
  if (user.email !== record.email) throw refusedToken('was sent to an address the account no longer has');
  try {
    // Verified already (by another of its links): the token is used up all the same, and nothing is announced twice.
    const events = user.emailVerified ? [] : [domainEvent('user.email-verified', { userId: user.id }, now)];
    await deps.users.update(user, { emailVerified: true }, now.toISOString(), events, [
      deps.accountTokens.usePart(record, now),
    ]);
  } catch (error) {
    if (isCommitPartRejected(error)) throw usedMeanwhile();
    throw error;
  }
};
