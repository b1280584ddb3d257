import { unauthorized, forbidden } from '../auth/bearer-token';
import { startSession } from '../accounts/start-session';
import type { StoredUser } from '../accounts/user';
import { hashChallengeSecret, newMfaChallenge, parseMfaChallenge } from './mfa-challenge';
import type { MfaDeps } from './mfa-deps';
import type { TotpStore } from './totp-store';
import { checkCode, clearWrongCodes, recordWrongCode } from './verify-code';
import { sameKeyHash } from '../api-keys/api-key';

export interface MfaRequired {
  mfaRequired: true;
  mfaToken: string;
}

/**
 * The second step a login needs, if the account has two-factor sign-in on: a single-use challenge instead of
 * tokens (shared/accounts/login.ts asks this after the password passed). Undefined when it is off.
 */
export const secondFactorGate = (totp: Pick<TotpStore, 'get' | 'createChallenge'>) => ({
  async challengeFor(user: StoredUser, now: Date): Promise<MfaRequired | undefined> {
    const enrolment = await totp.get(user.id);
    if (enrolment?.status !== 'ENABLED') return undefined;
    const challenge = newMfaChallenge(user.id, now);
    await totp.createChallenge({ userId: user.id, id: challenge.id, secretHash: challenge.secretHash, expiresAt: challenge.expiresAt });
    return { mfaRequired: true, mfaToken: challenge.token };
  },
});

const invalidChallenge = () => unauthorized('The sign-in challenge is invalid, expired or already used; sign in again.');
const wrongCode = () => unauthorized('The code is wrong, expired or was already used.');

/**
 * The second step of a login: the challenge and a TOTP code (or a recovery code, spent) to the token pair. A
 * wrong code leaves the challenge for another try (counted per account, 429 past the limit); a right one
 * spends both the code and the challenge.
 */
export const completeMfaLogin = async (deps: MfaDeps, input: { mfaToken: string; code: string }) => {
  const parsed = parseMfaChallenge(input.mfaToken);
  if (!parsed) throw invalidChallenge();
  const challenge = await deps.totp.getChallenge(parsed.userId, parsed.id);
  const now = deps.now();
  if (!challenge || challenge.expiresAt <= Math.floor(now.getTime() / 1000) || !sameKeyHash(challenge.secretHash, hashChallengeSecret(parsed.secret))) throw invalidChallenge();
  const [user, enrolment] = await Promise.all([deps.users.get(parsed.userId), deps.totp.get(parsed.userId)]);
  if (!user || !enrolment || enrolment.status !== 'ENABLED') throw invalidChallenge();
  if (user.status !== 'ACTIVE') throw forbidden('This account is disabled.');

  const accepted = await checkCode(deps, enrolment, input.code, { recoveryCodes: true, wrong: wrongCode });
  const spent =
    accepted.kind === 'totp' ? await deps.totp.useStep(user.id, accepted.step, now.toISOString()) : await deps.totp.useRecoveryCode(user.id, accepted.hash, now.toISOString());
  if (!spent) {
    await recordWrongCode(deps, user.id);
    throw wrongCode();
  }
  if (!(await deps.totp.consumeChallenge(user.id, parsed.id))) throw invalidChallenge();
  await clearWrongCodes(deps, user.id, accepted);
  return startSession(deps, user);
};
