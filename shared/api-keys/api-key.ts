import * as z from 'zod';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';
import { sha256Base64url } from '../crypto/sha256';

/**
 * API keys for automation: `pk_live_<id>_<secret>`. The id finds the stored key with one GetItem; only a
 * SHA-256 of the 256-bit secret is stored (a secret that random needs no slow hash), compared in constant
 * time. Shown once, in the answer to its creation.
 */
export const API_KEY_PREFIX = 'pk_live_';
const ID = '[0-9A-HJKMNP-TV-Z]{26}';
const keyPattern = new RegExp(`^pk_live_(${ID})_([A-Za-z0-9_-]{43})$`);

export const apiKeyScopes = ['subscriptions:read', 'subscriptions:write', 'webhooks', 'billing:read'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];
export const apiKeyScopeSchema = z.enum(apiKeyScopes).meta({ example: 'subscriptions:read' });

/** How many keys a customer may hold at once: enough for every machine they automate, and one page to list. */
export const MAX_API_KEYS = 25;

export const newApiKey = (now = Date.now()) => {
  const id = ulid(now);
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `${API_KEY_PREFIX}${id}_${secret}`, secretHash: hashApiKeySecret(secret) };
};

/** Whether a bearer credential has the form of an API key: what tells it apart from an access token, for free. */
export const looksLikeApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

export const parseApiKey = (token: string): { id: string; secret: string } | undefined => {
  const match = keyPattern.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
};

export const hashApiKeySecret = sha256Base64url;

export const sameKeyHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const apiKeyIdSchema = z.string().regex(new RegExp(`^${ID}$`), 'must be an API key id').meta({ example: '01JD7Y9V6M1S8W4K2T3R5Q7P9N' });

/** A key as its owner sees it: never the key or its hash. */
export const apiKeySchema = z
  .object({
    id: apiKeyIdSchema,
    name: z.string().meta({ example: 'CI deploys' }),
    scopes: z.array(apiKeyScopeSchema).max(apiKeyScopes.length),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().optional().meta({ description: 'After this the key answers 401; absent: it does not expire' }),
    lastUsedAt: z.iso.datetime().optional().meta({ description: 'When it last authenticated a request (recorded at most once a minute)' }),
  })
  .meta({ id: 'ApiKey' });

export const createApiKeySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ example: 'CI deploys' }),
    scopes: z
      .array(apiKeyScopeSchema)
      .min(1)
      .max(apiKeyScopes.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope'),
    expiresAt: z.iso
      .datetime()
      .optional()
      .meta({ description: 'When the key stops working; in the future, at most a year ahead', example: '2027-01-01T00:00:00.000Z' }),
  })
  .meta({ id: 'CreateApiKey' });

export const createdApiKeySchema = z
  .object({
    apiKey: apiKeySchema,
    key: z.string().meta({ description: 'The key itself, shown only in this answer: send it as `Authorization: Bearer <key>`', example: 'pk_live_01JD7Y9V6M1S8W4K2T3R5Q7P9N_…' }),
  })
  .meta({ id: 'CreatedApiKey' });

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema).max(MAX_API_KEYS) }).meta({ id: 'ApiKeyList' });

export type ApiKey = z.infer<typeof apiKeySchema>;
/** The stored key: its view, its owner and the hash of its secret. */
export type StoredApiKey = ApiKey & { userId: string; secretHash: string };
