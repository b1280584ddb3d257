import Stripe from 'stripe';
import { randomUUID } from 'node:crypto';
import { ADMIN_GROUP, cognitoIssuer } from '../../../shared/auth/admin-token';
import { generateLocalKeyPair, loadOrCreateKeyPair, signWithLocalKey } from '../../../shared/auth/local-key-signer';
import { hmacHeaders } from '../../../shared/inbound-webhooks/hmac-signature';
import { apiKeyScopeOf } from '../../../shared/api-keys/api-key-scopes';
import { routeKey, type AuthKind, type RouteDefinition } from '../../../shared/http/route';
import { LOCAL_ADMIN_CLIENT_ID, LOCAL_ADMIN_POOL_ID } from '../../../infra/local/local-identity';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import type { HardeningWorld } from './hardening-world';

/**
 * Every kind of caller the authorization matrix tries on every route (issue 9: OWASP API1, API2, API5).
 * Issue 20 adds A's API keys: `api key` holds every scope, `narrow api key` only `billing:read`.
 * Inbound hooks check signatures, not tokens, so the last two present a sender's signature (right or wrong)
 * and no token at all.
 */
export const identityNames = [
  'no token',
  'malformed token',
  'expired customer token',
  'expired admin token',
  'customer token signed by another key',
  'admin token signed by another key',
  'customer',
  'another customer',
  'admin',
  'agent',
  'api key',
  'narrow api key',
  'inbound signature',
  'wrong inbound signature',
] as const;
export type IdentityName = (typeof identityNames)[number];

/** The identities that present a valid token, and the kind of caller it makes them; every other one presents bad credentials or none. */
const tokenKinds: Partial<Record<IdentityName, AuthKind>> = { customer: 'customer', 'another customer': 'customer', admin: 'admin', agent: 'agent' };

/** What API.md says a route of each kind answers each caller: `success` is the route's own 2xx. */
export const expectedAnswer = (route: Pick<RouteDefinition, 'auth' | 'path' | 'method'>, identity: IdentityName): 'success' | 401 | 403 | 404 | 400 => {
  const auth: AuthKind = route.auth;
  if (auth === 'public') return 'success';
  if (auth === 'signed-inbound') {
    // API.md: 401 without the sender's credentials; 400 for a signature that does not verify.
    if (identity === 'inbound signature') return 'success';
    return identity === 'wrong inbound signature' ? 400 : 401;
  }
  if (identity === 'api key' || identity === 'narrow api key') {
    // A customer's key: only on the customer routes its scopes open (shared/api-keys/api-key-scopes.ts), 403 elsewhere.
    if (auth !== 'customer') return 403;
    const scope = apiKeyScopeOf(routeKey(route));
    if (!scope) return 403;
    return identity === 'api key' || scope === 'billing:read' ? 'success' : 403;
  }
  const kind = tokenKinds[identity];
  if (!kind) return 401;
  if (kind !== auth) return 403;
  // Another customer's token on this customer's ids: as unknown as an id that never existed.
  if (identity === 'another customer' && route.path.includes('{')) return 404;
  return 'success';
};

const hookSecretOf = (platform: LocalPlatform, path: string) =>
  path === '/v1/hooks/payments' ? platform.inboundSecrets.payments : path === '/v1/hooks/alerts' ? platform.inboundSecrets.alerts : platform.inboundSecrets.kubernetes;

/** A sender's signature over these exact bytes, in the scheme of the hook (Stripe's for payments, HMAC else). */
const signedHeaders = (path: string, body: string, secret: string): Record<string, string> =>
  path === '/v1/hooks/payments'
    ? { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: Math.floor(Date.now() / 1000) }) }
    : hmacHeaders(secret, body);

/** The keys and tokens the identities need, made once the platform runs. */
export const makeCredentials = async (platform: LocalPlatform, world: Pick<HardeningWorld, 'a' | 'b' | 'adminToken' | 'agentToken' | 'apiKeys'>) => {
  const platformKey = loadOrCreateKeyPair(process.env.CUSTOMER_TOKEN_LOCAL_KEY_FILE!);
  const otherKey = generateLocalKeyPair();
  const iat = Math.floor(Date.now() / 1000);
  const customerClaims = { iss: 'https://paas-platform/customers', aud: 'paas-api', sub: world.a.user.id, sid: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', token_use: 'access', jti: randomUUID() };
  const adminClaims = {
    sub: randomUUID(),
    'cognito:groups': [ADMIN_GROUP],
    iss: cognitoIssuer(LOCAL_ADMIN_POOL_ID),
    client_id: LOCAL_ADMIN_CLIENT_ID,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: iat,
    jti: randomUUID(),
    username: 'intruder@example.com',
  };
  const bearer: Partial<Record<IdentityName, string>> = {
    'malformed token': 'Bearer not.a.token',
    'expired customer token': `Bearer ${await signWithLocalKey(platformKey, { ...customerClaims, iat: iat - 3600, exp: iat - 1800 })}`,
    'expired admin token': `Bearer ${await platform.mintAdminToken({ email: 'admin@example.com', minutes: -5 })}`,
    'customer token signed by another key': `Bearer ${await signWithLocalKey(otherKey, { ...customerClaims, iat, exp: iat + 600 })}`,
    'admin token signed by another key': `Bearer ${await signWithLocalKey(otherKey, { ...adminClaims, iat, exp: iat + 600 })}`,
    customer: `Bearer ${world.a.accessToken}`,
    'another customer': `Bearer ${world.b.accessToken}`,
    admin: `Bearer ${world.adminToken}`,
    agent: `Bearer ${world.agentToken}`,
    'api key': `Bearer ${world.apiKeys.full}`,
    'narrow api key': `Bearer ${world.apiKeys.narrow}`,
  };
  /** The headers an identity sends with this body to this route. */
  return (identity: IdentityName, route: Pick<RouteDefinition, 'path'>, body: string | undefined): Record<string, string> => {
    if (identity === 'inbound signature') return signedHeaders(route.path, body ?? '', hookSecretOf(platform, route.path));
    if (identity === 'wrong inbound signature') return signedHeaders(route.path, body ?? '', hookSecretOf(platform, route.path).replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')));
    const header = bearer[identity];
    return header ? { authorization: header } : {};
  };
};
