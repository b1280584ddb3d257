import { AppError } from '../errors/app-error';
import { windowInWords } from '../rate-limit/call-limit';
import type { RateSubject } from '../rate-limit/rate-limiter';
import type { MfaDeps } from './mfa-deps';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { matchTotp } from './totp';
import type { TotpEnrolment } from './totp-store';

/** Wrong codes allowed per account in a window: a 6-digit code must not be guessable by trying. */
export const MFA_CODE_LIMITS = { perUser: 5, windowSeconds: 15 * 60 } as const;

const subjectOf = (userId: string): RateSubject => ({ scope: 'mfa-code', subject: userId, limit: MFA_CODE_LIMITS.perUser, windowSeconds: MFA_CODE_LIMITS.windowSeconds });

/** A code that passed its check and is yet to be spent by the use case's conditional write. */
export type AcceptedCode = ({ kind: 'totp'; step: number } | { kind: 'recovery-code'; hash: string }) & {
  /** Whether the account has wrong codes counted: a spent right code clears them (`clearWrongCodes`). */
  counted: boolean;
};

/**
 * Checks a presented code against an enrolment: a TOTP code of a step newer than the last used, or (where
 * allowed) an unspent recovery code. Failures count per account and lock it out with 429 for the window;
 * `wrong` makes the refusal the caller's route answers (401 at login, 400 naming the field elsewhere).
 */
export const checkCode = async (
  deps: Pick<MfaDeps, 'limiter' | 'now'>,
  enrolment: TotpEnrolment,
  code: string,
  options: { recoveryCodes: boolean; wrong: () => AppError },
): Promise<AcceptedCode> => {
  const subject = subjectOf(enrolment.userId);
  const verdict = await deps.limiter.check([subject]);
  if (verdict.blocked) {
    throw new AppError(
      'rate-limited',
      `Too many wrong codes: the limit is ${MFA_CODE_LIMITS.perUser} in ${windowInWords(MFA_CODE_LIMITS.windowSeconds)}. Try again in ${verdict.retryAfterSeconds} s.`,
      { headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
    );
  }
  const counted = verdict.counted.includes(subject.scope);
  const step = await matchTotp(enrolment.secret, code, deps.now(), enrolment.lastStep);
  if (step !== undefined) return { kind: 'totp', step, counted };
  if (options.recoveryCodes && looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(code);
    if (enrolment.recoveryCodeHashes.includes(hash)) return { kind: 'recovery-code', hash, counted };
  }
  await recordWrongCode(deps, enrolment.userId);
  throw options.wrong();
};

/** After a right code was spent, as a successful login clears its account's failures. */
export const clearWrongCodes = async (deps: Pick<MfaDeps, 'limiter'>, userId: string, accepted: AcceptedCode) => {
  if (accepted.counted) await deps.limiter.reset(subjectOf(userId));
};

/** Counts a wrong code (also one that lost the race to spend it). */
export const recordWrongCode = (deps: Pick<MfaDeps, 'limiter'>, userId: string) => deps.limiter.recordFailure([subjectOf(userId)]);

/** 400 naming `body.code`, for the signed-in routes (a 401 there would read as a bad access token). */
export const wrongCodeField = () =>
  new AppError('validation', 'The code is wrong, expired or was already used.', { errors: [{ field: 'body.code', message: 'is wrong, expired or was already used' }] });
