import { AppError } from '../errors/app-error';
import { domainEvent } from '../events/domain-event';
import { newApiKey, type ApiKey, type ApiKeyScope } from './api-key';
import type { ApiKeyDeps } from './api-key-deps';

/** The longest a key may live: a key meant to last is still renewed once a year. */
const MAX_LIFETIME_MS = 366 * 24 * 3600 * 1000;

const invalidExpiry = (message: string) => new AppError('validation', 'The request is not valid.', { errors: [{ field: 'body.expiresAt', message }] });

/**
 * Makes a key for the caller: the key itself is in this answer only; what is stored is its hash. The
 * `api-key.created` event (webhooks, and an email to the owner) is committed with it, and the account's key
 * count (409 past MAX_API_KEYS, checked in that transaction).
 */
export const createApiKey = async (
  deps: Pick<ApiKeyDeps, 'keys' | 'now'>,
  userId: string,
  input: { name: string; scopes: ApiKeyScope[]; expiresAt?: string },
): Promise<{ apiKey: ApiKey; key: string }> => {
  const now = deps.now();
  if (input.expiresAt !== undefined) {
    const expiry = Date.parse(input.expiresAt);
    if (expiry <= now.getTime()) throw invalidExpiry('must be in the future');
    if (expiry > now.getTime() + MAX_LIFETIME_MS) throw invalidExpiry('must be at most a year ahead');
  }
  const made = newApiKey(now.getTime());
  const apiKey: ApiKey = {
    id: made.id,
    name: input.name,
    scopes: input.scopes,
    createdAt: now.toISOString(),
    ...(input.expiresAt ? { expiresAt: new Date(input.expiresAt).toISOString() } : {}),
  };
  const event = domainEvent('api-key.created', { userId, apiKeyId: made.id, name: input.name, scopes: input.scopes, expiresAt: apiKey.expiresAt }, now);
  await deps.keys.create({ ...apiKey, userId, secretHash: made.secretHash }, [event]);
  return { apiKey, key: made.key };
};

export const listApiKeys = async (deps: Pick<ApiKeyDeps, 'keys'>, userId: string) => ({ items: await deps.keys.list(userId) });

/** Deletes the key: the next request with it is a 401. Another customer's id is a 404. */
export const revokeApiKey = async (deps: Pick<ApiKeyDeps, 'keys' | 'now'>, userId: string, keyId: string) => {
  await deps.keys.revoke(userId, keyId, [domainEvent('api-key.revoked', { userId, apiKeyId: keyId }, deps.now())]);
};
