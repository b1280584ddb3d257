import type { MiddlewareObj } from '@middy/core';
import { apiKeyScopeOf } from '../../api-keys/api-key-scopes';
import type { Authenticator } from '../../auth/authenticators';
import { forbidden } from '../../auth/bearer-token';
import type { Principal } from '../../auth/principal';
import type { HttpEvent } from '../http-event';
import type { AuthKind } from '../route';

/**
 * An API key passes only on the customer routes the scope table lists (shared/api-keys/api-key-scopes.ts),
 * and only with that route's scope among its own: 403 naming what is missing otherwise.
 */
const checkApiKeyScope = (principal: Principal, routeKey: string | undefined) => {
  if (principal.kind !== 'customer' || !principal.apiKey) return;
  const needed = routeKey ? apiKeyScopeOf(routeKey) : undefined;
  if (!needed) throw forbidden('API keys may not call this route; sign in as the account’s owner.');
  if (!principal.apiKey.scopes.includes(needed)) throw forbidden(`This API key lacks the scope "${needed}" that this route needs.`);
};

/**
 * The kinds' authenticators, loaded at the first request that needs one rather than when the function
 * starts: a public route (health, the docs, sign-up) never loads the token verifiers, the API keys' store or
 * their AWS clients, and a cold start pays for them only when it has a caller to check.
 */
const authenticatorOf = async (kind: Exclude<AuthKind, 'public'>): Promise<Authenticator> => (await import('../../auth/authenticators')).authenticatorFor(kind);

/**
 * Resolves the caller for non-public routes before the body is even parsed. A route may bring its own
 * authenticator (each inbound webhook checks its own signature scheme and secret); otherwise its kind's.
 * `routeKey` (`METHOD /path`) is what an API key's scopes are checked against.
 */
export const authenticate = (kind: AuthKind, own?: Authenticator, routeKey?: string): MiddlewareObj<HttpEvent> => ({
  before: async ({ event }) => {
    if (kind === 'public') return;
    const principal = await (own ?? (await authenticatorOf(kind)))(event);
    checkApiKeyScope(principal, routeKey);
    event.principal = principal;
  },
});
