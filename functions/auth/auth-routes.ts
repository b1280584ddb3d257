import * as z from 'zod';
import { refreshSchema, registerSchema, loginSchema, sessionTokensSchema, updateMeSchema, userSchema } from '../../shared/accounts/user';
import { LOGIN_LIMITS } from '../../shared/accounts/login';
import { defineRoute } from '../../shared/http/route';
import { closeAccountSchema, forgotPasswordSchema, resetPasswordSchema, verifyEmailSchema } from '../../shared/accounts/account-requests';
import { RESET_LIMITS } from '../../shared/accounts/password-reset';
import {
  accountCloseLimit,
  profileChangeLimit,
  accountTokenUseLimit,
  passwordForgotLimit,
  registrationLimit,
  verificationResendLimit,
} from '../../shared/rate-limit/api-call-limits';
import { mfaRequiredSchema } from '../../shared/mfa/mfa-schemas';
import { countedLimit, windowInWords } from '../../shared/rate-limit/call-limit';

export const accountTags = ['Customer accounts'];
/** Per-route gateway throttles on the unauthenticated account routes; failed logins are also counted per account. */
const accountThrottle = { rateLimit: 10, burstLimit: 20 };

export const registerRoute = defineRoute({
  operationId: 'register',
  method: 'POST',
  path: '/v1/auth/register',
  handler: 'auth/register',
  auth: 'public',
  summary: 'Create a customer account and sign in',
  tags: accountTags,
  request: { body: registerSchema },
  responses: { 201: { description: 'The account and its first token pair.', schema: sessionTokensSchema } },
  throttle: accountThrottle,
  rateLimit: countedLimit(registrationLimit),
});

export const loginRoute = defineRoute({
  operationId: 'login',
  method: 'POST',
  path: '/v1/auth/login',
  handler: 'auth/login',
  auth: 'public',
  summary: 'Sign in with email and password',
  tags: accountTags,
  request: { body: loginSchema },
  responses: {
    200: {
      description: 'A new token pair; or, for an account with two-factor sign-in, `{mfaRequired: true, mfaToken}` for POST /v1/auth/login/mfa. 401 for a wrong email or password alike; 429 after too many failures.',
      schema: z.union([sessionTokensSchema, mfaRequiredSchema]).meta({ id: 'LoginResult' }),
    },
  },
  errors: { 401: 'Wrong email or password: the same answer for both.' },
  throttle: accountThrottle,
  rateLimit: {
    description: `At most ${LOGIN_LIMITS.perAccount} failed logins per account and ${LOGIN_LIMITS.perSource} per source address in ${windowInWords(LOGIN_LIMITS.windowSeconds)}; a success clears the account's count.`,
  },
});

export const refreshRoute = defineRoute({
  operationId: 'refresh',
  method: 'POST',
  path: '/v1/auth/refresh',
  handler: 'auth/refresh',
  auth: 'public',
  summary: 'Trade a refresh token for a new pair (the old one stops working)',
  tags: accountTags,
  request: { body: refreshSchema },
  responses: { 200: { description: 'A new token pair. Reusing a rotated token revokes its whole family (401).', schema: sessionTokensSchema } },
  errors: { 401: 'The refresh token is unknown, expired or revoked; reusing a rotated one revokes its whole family.' },
  throttle: accountThrottle,
});

export const logoutRoute = defineRoute({
  operationId: 'logout',
  method: 'POST',
  path: '/v1/auth/logout',
  handler: 'auth/logout',
  auth: 'customer',
  summary: 'End a session: the refresh token given, or else the current one',
  tags: accountTags,
  request: { body: z.strictObject({ refreshToken: z.string().min(1).max(512).optional() }).optional().meta({ id: 'Logout' }) },
  responses: { 204: { description: 'The session is ended.' } },
});

export const getMeRoute = defineRoute({
  operationId: 'getMe',
  method: 'GET',
  path: '/v1/auth/me',
  handler: 'auth/get-me',
  auth: 'customer',
  summary: "The caller's profile",
  tags: accountTags,
  responses: { 200: { description: 'The profile.', schema: userSchema } },
});

export const updateMeRoute = defineRoute({
  operationId: 'updateMe',
  method: 'PATCH',
  path: '/v1/auth/me',
  handler: 'auth/update-me',
  auth: 'customer',
  summary: 'Change name, password or email address (both need the current password; a new password ends the other sessions; a new address takes effect when the link emailed to it is followed)',
  tags: accountTags,
  request: { body: updateMeSchema },
  responses: { 200: { description: 'The changed profile: a new address shows as `pendingEmail` until its link is followed.', schema: userSchema } },
  errors: { 409: 'The new address belongs to another account (body.email).' },
  rateLimit: countedLimit(profileChangeLimit),
});

const jwkSchema = z.object({ kty: z.string(), crv: z.string(), x: z.string(), y: z.string(), kid: z.string(), alg: z.string(), use: z.string() });

export const getJwksRoute = defineRoute({
  operationId: 'getJwks',
  method: 'GET',
  path: '/.well-known/jwks.json',
  handler: 'auth/get-jwks',
  auth: 'public',
  summary: 'The public keys that sign customer access tokens',
  tags: accountTags,
  responses: { 200: { description: 'A JSON Web Key Set.', schema: z.object({ keys: z.array(jwkSchema) }).meta({ id: 'Jwks' }) } },
});

export const forgotPasswordRoute = defineRoute({
  operationId: 'forgotPassword',
  method: 'POST',
  path: '/v1/auth/password/forgot',
  handler: 'auth/password-forgot',
  auth: 'public',
  summary: 'Email a single-use password reset link (the same answer, after the same time, for any address)',
  tags: accountTags,
  request: { body: forgotPasswordSchema },
  responses: { 202: { description: 'Accepted. A link that works once for 30 minutes is emailed if, and only if, an active account has this address.' } },
  throttle: accountThrottle,
  rateLimit: {
    ...countedLimit(passwordForgotLimit),
    description: `${countedLimit(passwordForgotLimit).description} Also at most ${RESET_LIMITS.perAccount} per email address in ${windowInWords(RESET_LIMITS.windowSeconds)}, whether an account has it or not.`,
  },
});

export const resetPasswordRoute = defineRoute({
  operationId: 'resetPassword',
  method: 'POST',
  path: '/v1/auth/password/reset',
  handler: 'auth/password-reset',
  auth: 'public',
  summary: "Set a new password with a reset link's token; every session of the account ends",
  tags: accountTags,
  request: { body: resetPasswordSchema },
  responses: { 204: { description: 'The password is set, the token used up, every session ended.' } },
  errors: { 400: 'The token is unknown, expired or used already (body.token says which), or the password breaks the policy: nothing changed.' },
  throttle: accountThrottle,
  rateLimit: countedLimit(accountTokenUseLimit),
});

export const verifyEmailRoute = defineRoute({
  operationId: 'verifyEmail',
  method: 'POST',
  path: '/v1/auth/email/verify',
  handler: 'auth/email-verify',
  auth: 'public',
  summary: "Confirm an email address with the token of the link emailed to it: the account's own, or the new one it asked to move to",
  tags: accountTags,
  request: { body: verifyEmailSchema },
  responses: { 204: { description: 'The address is verified (a new address now replaces the old one, which is told); the token is used up.' } },
  errors: { 400: 'The token is unknown, expired or used already, was sent to an address the account neither has nor asks for any longer, or to one another account took meanwhile (body.token says which): nothing changed.' },
  throttle: accountThrottle,
  rateLimit: countedLimit(accountTokenUseLimit),
});

export const resendVerificationRoute = defineRoute({
  operationId: 'resendVerification',
  method: 'POST',
  path: '/v1/auth/email/resend',
  handler: 'auth/email-resend',
  auth: 'customer',
  summary: "Email another verification link: to the address an email change waits for, else to the caller's address (none when it is verified already)",
  tags: accountTags,
  responses: { 202: { description: 'Accepted: a new link is emailed unless the address is verified already.' } },
  rateLimit: countedLimit(verificationResendLimit),
});

export const closeMeRoute = defineRoute({
  operationId: 'closeMe',
  method: 'DELETE',
  path: '/v1/auth/me',
  handler: 'auth/close-me',
  auth: 'customer',
  summary: "Close the caller's account: subscriptions cancelled, webhooks removed, personal data erased",
  tags: accountTags,
  request: { body: closeAccountSchema },
  responses: { 202: { description: 'The account is closed: its instances are being deprovisioned; the ledger is kept without personal data.' } },
  errors: {
    403: 'The password is wrong (body.password): the account stays open.',
    409: 'A subscription is busy (a backup, an upgrade) and cannot be cancelled yet: ask again once it settles.',
  },
  rateLimit: countedLimit(accountCloseLimit),
});

/**
 * The account routes but the export (account-export-routes.ts): its answer's schema takes in every entity's, which
 * each of these routes would otherwise build at its cold start (~640 zod objects), as they share this module.
 */
export const authRoutes = [
  registerRoute,
  loginRoute,
  refreshRoute,
  logoutRoute,
  getMeRoute,
  updateMeRoute,
  getJwksRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  verifyEmailRoute,
  resendVerificationRoute,
  closeMeRoute,
];
