import { sessionTokensSchema } from '../../shared/accounts/user';
import { defineRoute } from '../../shared/http/route';
import { loginMfaSchema, recoveryCodesSchema, totpCodeSchema, totpEnrolmentSchema, totpOrRecoveryCodeSchema } from '../../shared/mfa/mfa-schemas';
import { MFA_CODE_LIMITS } from '../../shared/mfa/verify-code';
import { windowInWords } from '../../shared/rate-limit/call-limit';

const tags = ['Customer accounts: two-factor sign-in'];
const codeLimit = {
  description: `At most ${MFA_CODE_LIMITS.perUser} wrong codes per account in ${windowInWords(MFA_CODE_LIMITS.windowSeconds)}; then 429 with Retry-After.`,
};

export const enrolTotpRoute = defineRoute({
  operationId: 'enrolTotp',
  method: 'POST',
  path: '/v1/auth/mfa/totp',
  handler: 'mfa/enrol-totp',
  auth: 'customer',
  summary: 'Start two-factor sign-in: a TOTP secret to add to an authenticator app (pending until confirmed)',
  tags,
  responses: { 200: { description: 'The secret, as an otpauth:// URI and in base32, shown only here.', schema: totpEnrolmentSchema } },
  errors: { 409: 'Two-factor sign-in is already on.' },
});

export const confirmTotpRoute = defineRoute({
  operationId: 'confirmTotp',
  method: 'POST',
  path: '/v1/auth/mfa/totp/confirm',
  handler: 'mfa/confirm-totp',
  auth: 'customer',
  summary: 'Confirm the enrolment with a code: two-factor sign-in is on',
  tags,
  request: { body: totpCodeSchema },
  responses: { 200: { description: 'Ten recovery codes, shown only here.', schema: recoveryCodesSchema } },
  errors: { 409: 'There is no pending enrolment, or two-factor sign-in is already on.' },
  rateLimit: codeLimit,
});

export const disableTotpRoute = defineRoute({
  operationId: 'disableTotp',
  method: 'DELETE',
  path: '/v1/auth/mfa/totp',
  handler: 'mfa/disable-totp',
  auth: 'customer',
  summary: 'Turn two-factor sign-in off, with a code or a recovery code',
  tags,
  request: { body: totpOrRecoveryCodeSchema },
  responses: { 204: { description: 'Two-factor sign-in is off.' } },
  errors: { 409: 'Two-factor sign-in is not on.' },
  rateLimit: codeLimit,
});

export const loginMfaRoute = defineRoute({
  operationId: 'loginMfa',
  method: 'POST',
  path: '/v1/auth/login/mfa',
  handler: 'mfa/login-mfa',
  auth: 'public',
  summary: 'Second step of a sign-in with two-factor: the login’s mfaToken and a code, for the token pair',
  tags,
  request: { body: loginMfaSchema },
  responses: { 200: { description: 'A new token pair, as login answers it.', schema: sessionTokensSchema } },
  errors: { 401: 'The challenge is invalid, expired or used, or the code is wrong or was already used.' },
  throttle: { rateLimit: 10, burstLimit: 20 },
  rateLimit: codeLimit,
});

export const mfaRoutes = [enrolTotpRoute, confirmTotpRoute, disableTotpRoute, loginMfaRoute];
