import { setTimeout as sleep } from 'node:timers/promises';
import { isCommitPartRejected } from '../data/commit-part';
import { domainEvent } from '../events/domain-event';
import { spendCall } from '../rate-limit/spend-call';
import type { AccountDeps } from './account-deps';
import { sendAccountMail } from './account-mail';
import { ACCOUNT_TOKEN_SECONDS, hashAccountToken, newAccountToken } from './account-token';
import { assertUncommonPassword } from './common-passwords';
import { hashPassword } from './password-hasher';
import { refusedToken, usableToken, usedMeanwhile } from './use-account-token';
import { shortHash } from '../crypto/sha256';

/** Reset emails per address (existing or not) per hour: enough for a lost email, too few to flood an inbox. */
export const RESET_LIMITS = { perAccount: 5, windowSeconds: 60 * 60 } as const;

/**
 * Every request for a reset answers no sooner than this after it arrived, whether a link was sent or not:
 * the send (SES's round trip) is what would otherwise make a known address slower than an unknown one. Above
 * what the known path takes, so both paths end on this floor.
 */
export const FORGOT_ANSWER_FLOOR_MS = 750;

const hashed = shortHash;

/**
 * Asks for a password reset link. The answer is the same for any address, after the same time: the same work
 * is done on both branches (a token is made and hashed, the limit counted), and the answer waits for a fixed
 * floor, so neither its body nor its timing tells whether an account exists. A disabled account gets no link
 * (its owner could not sign in with a new password anyway).
 */
export const requestPasswordReset = async (deps: Pick<AccountDeps, 'users' | 'accountTokens' | 'limiter' | 'mail' | 'now'>, email: string) => {
  const started = Date.now();
  try {
    await spendCall(
      deps.limiter,
      { scope: 'password-reset-account', subject: hashed(email), limit: RESET_LIMITS.perAccount, windowSeconds: RESET_LIMITS.windowSeconds },
      'password reset requests for this address',
    );
    const now = deps.now();
    const token = newAccountToken();
    const tokenHash = hashAccountToken(token);
    const user = await deps.users.findByEmail(email);
    if (user && user.status === 'ACTIVE') {
      const validSeconds = ACCOUNT_TOKEN_SECONDS['password-reset'];
      await deps.accountTokens.create({
        purpose: 'password-reset',
        tokenHash,
        userId: user.id,
        email: user.email,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + validSeconds,
      });
      await sendAccountMail(deps.mail, 'password-reset', { email: user.email, name: user.name, userId: user.id }, { token, validSeconds });
    }
  } finally {
    await sleep(Math.max(0, FORGOT_ANSWER_FLOOR_MS - (Date.now() - started)));
  }
};

/**
 * A reset link's token and a new password (under the policy of every password): the new hash, the token's
 * use and `user.password-reset` commit in one transaction; then every session of the account ends, and the
 * address is told. Refused (400 naming body.token, nothing changed) for an unknown, expired or used token.
 */
export const resetPassword = async (deps: AccountDeps, input: { token: string; password: string }) => {
  const now = deps.now();
  const record = await usableToken(deps, 'password-reset', input.token, now);
  await assertUncommonPassword(input.password);
  const user = await deps.users.get(record.userId, { consistent: true });
  if (!user || user.status !== 'ACTIVE') throw refusedToken('belongs to an account that is closed or disabled');
  const passwordHash = await hashPassword(input.password);
  try {
    // Following a link sent to the address also proves the address is theirs.
    await deps.users.update(user, { passwordHash, emailVerified: record.email === user.email ? true : undefined }, now.toISOString(), [domainEvent('user.password-reset', { userId: user.id }, now)], [
      deps.accountTokens.usePart(record, now),
    ]);
  } catch (error) {
    if (isCommitPartRejected(error)) throw usedMeanwhile();
    throw error;
  }
  await deps.sessions.revokeAll(user.id);
  await sendAccountMail(deps.mail, 'password-changed', { email: user.email, name: user.name, userId: user.id });
};
