import { describe, expect, it } from 'vitest';
import { routes } from '../../../functions/routes';
import { apiKeyScopeOfRoute, personOnlyRoutes } from '../../../shared/api-keys/api-key-scopes';
import { apiKeyScopes, newApiKey, parseApiKey, hashApiKeySecret, sameKeyHash } from '../../../shared/api-keys/api-key';
import { routeKey } from '../../../shared/http/route';

const customerRoutes = routes.filter((route) => route.auth === 'customer').map(routeKey);

describe('the API key scope table', () => {
  it('classifies every customer route of the route table: a scope, or refused to keys with a reason', () => {
    const unclassified = customerRoutes.filter((key) => !(key in apiKeyScopeOfRoute) && !(key in personOnlyRoutes));
    expect(unclassified, 'add these to shared/api-keys/api-key-scopes.ts').toEqual([]);
  });

  it('names only customer routes that exist, each in one list, with a known scope', () => {
    for (const key of [...Object.keys(apiKeyScopeOfRoute), ...Object.keys(personOnlyRoutes)]) expect(customerRoutes, key).toContain(key);
    expect(Object.keys(apiKeyScopeOfRoute).filter((key) => key in personOnlyRoutes)).toEqual([]);
    for (const scope of Object.values(apiKeyScopeOfRoute)) expect(apiKeyScopes).toContain(scope);
  });

  it('lets no key call the account routes under /v1/auth', () => {
    expect(Object.keys(apiKeyScopeOfRoute).filter((key) => key.includes(' /v1/auth/'))).toEqual([]);
  });

  it('has each scope open at least one route', () => {
    for (const scope of apiKeyScopes) expect(Object.values(apiKeyScopeOfRoute), scope).toContain(scope);
  });
});

describe('API key format', () => {
  it('parses a new key back to its id and a secret whose hash is the stored one', () => {
    const made = newApiKey();
    const parsed = parseApiKey(made.key)!;
    expect(parsed.id).toBe(made.id);
    expect(sameKeyHash(hashApiKeySecret(parsed.secret), made.secretHash)).toBe(true);
    expect(made.secretHash).not.toContain(parsed.secret);
  });

  it('refuses keys of the wrong shape and a secret that does not match', () => {
    const made = newApiKey();
    expect(parseApiKey(made.key.replace('pk_live_', 'pk_test_'))).toBeUndefined();
    expect(parseApiKey(`${made.key}x`)).toBeUndefined();
    expect(parseApiKey('agt_01JD7Y9V6M1S8W4K2T3R5Q7P9N_x')).toBeUndefined();
    expect(sameKeyHash(hashApiKeySecret('another secret'), made.secretHash)).toBe(false);
    expect(sameKeyHash('short', made.secretHash)).toBe(false);
  });
});
