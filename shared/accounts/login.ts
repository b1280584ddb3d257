import { forbidden, unauthorized } from '../auth/bearer-token';
import { AppError } from '../errors/app-error';
import { windowInWords } from '../rate-limit/call-limit';
import type { RateSubject } from '../rate-limit/rate-limiter';
import type { AccountDeps } from './account-deps';
import { verifyAgainstNothing, verifyPassword } from './password-hasher';
import { startSession } from './start-session';
import { shortHash } from '../crypto/sha256';

/** Failed logins allowed per window: few per account (guessing), more per address (shared offices, NAT). */
export const LOGIN_LIMITS = { perAccount: 5, perSource: 50, windowSeconds: 15 * 60 } as const;

const hashed = shortHash;

export const loginSubjects = (email: string, sourceIp: string): [RateSubject, RateSubject] => [
  { scope: 'login-account', subject: hashed(email), limit: LOGIN_LIMITS.perAccount },
  { scope: 'login-source', subject: hashed(sourceIp), limit: LOGIN_LIMITS.perSource },
];

/**
 * Email and password to a session. An unknown email and a wrong password get the same 401 after the same
 * work (a hash is verified either way); failures count per account and per source and lock both out with
 * 429 for the rest of the window; a success clears the account's count. An account with two-factor sign-in
 * answers `{mfaRequired, mfaToken}` instead of tokens (POST /v1/auth/login/mfa completes it).
 */
export const login = async (deps: AccountDeps, input: { email: string; password: string; sourceIp: string }) => {
  const [account, source] = loginSubjects(input.email, input.sourceIp);
  const verdict = await deps.limiter.check([account, source]);
  if (verdict.blocked) {
    const window = windowInWords(LOGIN_LIMITS.windowSeconds);
    const limits = `${LOGIN_LIMITS.perAccount} per account and ${LOGIN_LIMITS.perSource} per address in ${window}`;
    throw new AppError('rate-limited', `Too many failed logins: the limits are ${limits}. Try again in ${verdict.retryAfterSeconds} s.`, {
      headers: { 'retry-after': String(verdict.retryAfterSeconds) },
    });
  }
  const user = await deps.users.findByEmail(input.email);
  const valid = user ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstNothing(input.password);
  if (!user || !valid) {
    await deps.limiter.recordFailure([account, source]);
    throw unauthorized('The email or the password is wrong.');
  }
  if (user.status !== 'ACTIVE') throw forbidden('This account is disabled.');
  if (verdict.counted.includes(account.scope)) await deps.limiter.reset(account);
  // With two-factor sign-in on, the password alone earns a single-use challenge, not tokens.
  const challenge = await deps.secondFactor.challengeFor(user, deps.now());
  if (challenge) return challenge;
  return startSession(deps, user);
};
