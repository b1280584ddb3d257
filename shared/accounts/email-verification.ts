import { isCommitPartRejected } from '../data/commit-part';
import { domainEvent } from '../events/domain-event';
import type { AccountDeps } from './account-deps';
import { sendAccountMail } from './account-mail';
import { ACCOUNT_TOKEN_SECONDS, hashAccountToken, newAccountToken } from './account-token';
import { EmailTakenError } from './email';
import { currentUser } from './get-profile';
import { refusedToken, usableToken, usedMeanwhile } from './use-account-token';
import type { StoredUser } from './user';

type VerificationDeps = Pick<AccountDeps, 'accountTokens' | 'mail' | 'now'>;

/**
 * Emails a verification link: to the pending address when the account asked to move to one (the link then
 * completes the move), else to the account's address. A new single-use token, stored as its hash with the
 * address it was sent to. Earlier links keep working until they expire (the person may open any of them).
 */
export const sendVerificationLink = async (deps: VerificationDeps, user: Pick<StoredUser, 'id' | 'email' | 'name' | 'pendingEmail'>) => {
  const now = deps.now();
  const address = user.pendingEmail ?? user.email;
  const token = newAccountToken();
  const validSeconds = ACCOUNT_TOKEN_SECONDS['email-verification'];
  await deps.accountTokens.create({
    purpose: 'email-verification',
    tokenHash: hashAccountToken(token),
    userId: user.id,
    email: address,
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + validSeconds,
  });
  const kind = user.pendingEmail ? 'email-change' : 'email-verification';
  await sendAccountMail(deps.mail, kind, { email: address, name: user.name, userId: user.id }, { token, validSeconds });
};

/**
 * Another link, on the customer's request: to the pending address of an email change, else to an address not
 * verified yet. A verified address with no change pending needs none, and gets none.
 */
export const resendVerification = async (deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'mail' | 'now'>, userId: string) => {
  const user = await currentUser(deps, userId);
  if (user.emailVerified && !user.pendingEmail) return;
  await sendVerificationLink(deps, user);
};

/**
 * A verification link's token. Sent to the account's address: the address is marked verified. Sent to the
 * address the account asked to move to: the account moves to it, verified (asked for by shared/accounts/change-email.ts),
 * and the old address is told. The token's use commits with the change, with its event. Refused (400, nothing
 * changed) when the token is unknown, expired or used, or was sent to an address the account neither has nor
 * asks for any longer.
 */
export const verifyEmail = async (deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'mail' | 'now'>, token: string) => {
  const now = deps.now();
  const record = await usableToken(deps, 'email-verification', token, now);
  const user = await deps.users.get(record.userId, { consistent: true });
  if (!user) throw refusedToken('belongs to an account that no longer exists');
  if (user.email !== record.email && user.pendingEmail !== record.email) throw refusedToken('was sent to an address the account neither has nor asks for any longer');
  try {
    if (user.email === record.email) {
      // Verified already (by another of its links): the token is used up all the same, and nothing is announced twice.
      const events = user.emailVerified ? [] : [domainEvent('user.email-verified', { userId: user.id }, now)];
      await deps.users.update(user, { emailVerified: true }, now.toISOString(), events, [deps.accountTokens.usePart(record, now)]);
      return;
    }
    await deps.users.changeEmail(user, now.toISOString(), [domainEvent('user.email-changed', { userId: user.id }, now)], [deps.accountTokens.usePart(record, now)]);
  } catch (error) {
    if (isCommitPartRejected(error)) throw usedMeanwhile();
    if (error instanceof EmailTakenError) throw refusedToken('is for an address another account took meanwhile');
    throw error;
  }
  await sendAccountMail(deps.mail, 'email-changed', { email: user.email, name: user.name, userId: user.id }, undefined, { newEmail: record.email });
};
