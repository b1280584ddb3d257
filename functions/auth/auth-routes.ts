import * as z from 'zod';
import { refreshSchema, registerSchema, loginSchema, sessionTokensSchema, updateMeSchema, userSchema } from '../../shared/accounts/user';
import { LOGIN_LIMITS } from '../../shared/accounts/login';
import { defineRoute } from '../../shared/http/route';
import { mfaRequiredSchema } from '../../shared/mfa/mfa-schemas';
import { registrationLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit, windowInWords } from '../../shared/rate-limit/call-limit';

const tags = ['Customer accounts'];
/** Per-route gateway throttles on the unauthenticated account routes; failed logins are also counted per account. */
const accountThrottle = { rateLimit: 10, burstLimit: 20 };

export const registerRoute = defineRoute({
  operationId: 'register',
  method: 'POST',
  path: '/v1/auth/register',
  handler: 'auth/register',
  auth: 'public',
  summary: 'Create a customer account and sign in',
  tags,
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
  tags,
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
  tags,
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
  tags,
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
  tags,
  responses: { 200: { description: 'The profile.', schema: userSchema } },
});

export const updateMeRoute = defineRoute({
  operationId: 'updateMe',
  method: 'PATCH',
  path: '/v1/auth/me',
  handler: 'auth/update-me',
  auth: 'customer',
  summary: 'Change name or password (a new password needs the current one and ends the other sessions)',
  tags,
  request: { body: updateMeSchema },
  responses: { 200: { description: 'The changed profile.', schema: userSchema } },
});

const jwkSchema = z.object({ kty: z.string(), crv: z.string(), x: z.string(), y: z.string(), kid: z.string(), alg: z.string(), use: z.string() });

export const getJwksRoute = defineRoute({
  operationId: 'getJwks',
  method: 'GET',
  path: '/.well-known/jwks.json',
  handler: 'auth/get-jwks',
  auth: 'public',
  summary: 'The public keys that sign customer access tokens',
  tags,
  responses: { 200: { description: 'A JSON Web Key Set.', schema: z.object({ keys: z.array(jwkSchema) }).meta({ id: 'Jwks' }) } },
});

export const authRoutes = [registerRoute, loginRoute, refreshRoute, logoutRoute, getMeRoute, updateMeRoute, getJwksRoute];
