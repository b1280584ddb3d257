import { AppError, conflict } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import type { MfaDeps } from './mfa-deps';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, otpauthUri } from './totp';
import { checkCode, clearWrongCodes, recordWrongCode, wrongCodeField } from './verify-code';

const notFoundUser = () => new AppError('not-found', 'The account was not found.');

/**
 * Starts an enrolment: a new secret, pending until a code of it confirms it. The secret is in this answer
 * (and the QR-ready URI) only; enrolling again before confirming replaces it. 409 when it is already on.
 */
export const enrolTotp = async (deps: Pick<MfaDeps, 'users' | 'totp' | 'now'>, userId: string) => {
  const user = await deps.users.get(userId);
  if (!user) throw notFoundUser();
  const secret = await newTotpSecret();
  await deps.totp.putPending(userId, secret, deps.now().toISOString());
  return { otpauthUri: await otpauthUri(secret, user.email), secret };
};

/** Confirms a pending enrolment with a code of its secret: two-factor sign-in is on, and the recovery codes are shown, once. */
export const confirmTotp = async (deps: Pick<MfaDeps, 'totp' | 'limiter' | 'now'>, userId: string, code: string) => {
  const enrolment = await deps.totp.get(userId);
  if (!enrolment) throw conflict('There is no enrolment to confirm: start one with POST /v1/auth/mfa/totp.');
  if (enrolment.status === 'ENABLED') throw conflict('Two-factor sign-in is already on.');
  const accepted = await checkCode(deps, enrolment, code, { recoveryCodes: false, wrong: wrongCodeField });
  if (accepted.kind !== 'totp') throw wrongCodeField();
  const recoveryCodes = newRecoveryCodes();
  const now = deps.now();
  const enabled = await deps.totp.enable(userId, accepted.step, recoveryCodes.map(hashRecoveryCode), now.toISOString(), [domainEvent('mfa.enabled', { userId, method: 'totp' }, now)]);
  if (!enabled) {
    await recordWrongCode(deps, userId);
    throw wrongCodeField();
  }
  await clearWrongCodes(deps, userId, accepted);
  return { recoveryCodes };
};

/** Turns two-factor sign-in off, confirmed with a current code or an unspent recovery code. */
export const disableTotp = async (deps: Pick<MfaDeps, 'totp' | 'limiter' | 'now'>, userId: string, code: string) => {
  const enrolment = await deps.totp.get(userId);
  if (!enrolment || enrolment.status !== 'ENABLED') throw conflict('Two-factor sign-in is not on.');
  const accepted = await checkCode(deps, enrolment, code, { recoveryCodes: true, wrong: wrongCodeField });
  const event = domainEvent('mfa.disabled', { userId, method: 'totp', confirmedWith: accepted.kind }, deps.now());
  const removed = await deps.totp.disable(userId, accepted.kind === 'totp' ? { step: accepted.step } : { recoveryCodeHash: accepted.hash }, [event]);
  if (!removed) {
    await recordWrongCode(deps, userId);
    throw wrongCodeField();
  }
  await clearWrongCodes(deps, userId, accepted);
};

/**
 * For a sensitive change of a signed-in customer (closing the account): with two-factor sign-in on, a code
 * (or a recovery code) is required and spent; with it off, nothing is asked. 400 naming `body.code` otherwise.
 */
export const requireSecondFactor = async (deps: Pick<MfaDeps, 'totp' | 'limiter' | 'now'>, userId: string, code: string | undefined) => {
  const enrolment = await deps.totp.get(userId);
  if (enrolment?.status !== 'ENABLED') return;
  if (!code) {
    throw new AppError('validation', 'The request is not valid.', { errors: [{ field: 'body.code', message: 'is required: two-factor sign-in is on' }] });
  }
  const accepted = await checkCode(deps, enrolment, code, { recoveryCodes: true, wrong: wrongCodeField });
  const now = deps.now().toISOString();
  const spent = accepted.kind === 'totp' ? await deps.totp.useStep(userId, accepted.step, now) : await deps.totp.useRecoveryCode(userId, accepted.hash, now);
  if (!spent) {
    await recordWrongCode(deps, userId);
    throw wrongCodeField();
  }
  await clearWrongCodes(deps, userId, accepted);
};
