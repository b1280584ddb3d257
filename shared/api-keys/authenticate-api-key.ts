import { unauthorized } from '../auth/bearer-token';
import type { CallCounter } from '../rate-limit/call-limit';
import { configuredLimit } from '../rate-limit/call-limit';
import { spendCall } from '../rate-limit/spend-call';
import { hashApiKeySecret, parseApiKey, sameKeyHash, type ApiKeyScope } from './api-key';
import type { ApiKeyDeps } from './api-key-deps';

/** Every request made with a key counts against it, whatever the route (issue 20: rate limited per key). */
export const apiKeyCallLimit: CallCounter = {
  scope: 'api-key',
  per: 'customer',
  what: 'requests',
  // Ten a second on average: generous for automation, a ceiling for a leaked key.
  defaults: { limit: 600, windowSeconds: 60 },
  variable: 'RATE_LIMIT_API_KEY',
};

/** A key's last use is written at most this often, so a busy key does not cost a write per request. */
const LAST_USE_RESOLUTION_MS = 60_000;

export interface ApiKeyCaller {
  userId: string;
  keyId: string;
  scopes: ApiKeyScope[];
}

/**
 * A presented API key to its owner and scopes, or 401 with one answer for a malformed, unknown, revoked or
 * expired key (which of those it was is nobody's business but the owner's, who sees the list). Then its
 * call is counted (429 past the limit) and its last use recorded when the stored one is a minute old.
 */
export const authenticateApiKey = async (deps: ApiKeyDeps, presented: string): Promise<ApiKeyCaller> => {
  const parsed = parseApiKey(presented);
  const refused = () => unauthorized('The API key is invalid, revoked or expired.');
  if (!parsed) throw refused();
  const stored = await deps.keys.get(parsed.id);
  if (!stored || !sameKeyHash(stored.secretHash, hashApiKeySecret(parsed.secret))) throw refused();
  const now = deps.now();
  if (stored.expiresAt && Date.parse(stored.expiresAt) <= now.getTime()) throw refused();

  const limit = configuredLimit(apiKeyCallLimit);
  await spendCall(deps.limiter, { scope: apiKeyCallLimit.scope, subject: stored.id, ...limit }, 'requests with this API key');
  const staleBefore = new Date(now.getTime() - LAST_USE_RESOLUTION_MS).toISOString();
  if (!stored.lastUsedAt || stored.lastUsedAt < staleBefore) await deps.keys.touch(stored.id, now.toISOString(), staleBefore);
  return { userId: stored.userId, keyId: stored.id, scopes: stored.scopes };
};
