import { describe, expect, it } from 'vitest';
import { newApiKey, type StoredApiKey } from '../../../shared/api-keys/api-key';
import type { ApiKeyStore } from '../../../shared/api-keys/api-key-store';
import { apiKeyCallLimit, authenticateApiKey } from '../../../shared/api-keys/authenticate-api-key';
import { isAppError } from '../../../shared/errors/app-error';
import type { RateSubject } from '../../../shared/rate-limit/rate-limiter';

const now = new Date('2026-06-01T12:00:00.000Z');

/** One stored key, a store that counts its writes, and a limiter that counts calls per subject. */
const world = (overrides: Partial<StoredApiKey> = {}, limit = 3) => {
  const made = newApiKey(now.getTime());
  let stored: StoredApiKey | undefined = {
    id: made.id,
    name: 'CI',
    scopes: ['webhooks'],
    createdAt: '2026-05-01T00:00:00.000Z',
    userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P',
    secretHash: made.secretHash,
    ...overrides,
  };
  const touches: string[] = [];
  const counts = new Map<string, number>();
  const keys = {
    get: async (id: string) => (stored?.id === id ? stored : undefined),
    touch: async (_id: string, at: string) => {
      touches.push(at);
      stored = { ...stored!, lastUsedAt: at };
    },
  } as unknown as ApiKeyStore;
  const limiter = {
    check: async ([subject]: RateSubject[]) => ({ blocked: (counts.get(subject!.subject) ?? 0) >= subject!.limit, retryAfterSeconds: 60, counted: [] }),
    recordFailure: async ([subject]: RateSubject[]) => void counts.set(subject!.subject, (counts.get(subject!.subject) ?? 0) + 1),
  };
  process.env[apiKeyCallLimit.variable] = `${limit}/60`;
  let clock = now;
  return {
    made,
    touches,
    counts,
    advance: (ms: number) => void (clock = new Date(clock.getTime() + ms)),
    deps: { keys, limiter, now: () => clock },
  };
};

const statusOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return isAppError(error) ? error.type : 'thrown';
  }
};

describe('authenticating an API key', () => {
  it('answers the owner and scopes of a right key, and records its last use at most once a minute', async () => {
    const w = world({}, 100);
    expect(await authenticateApiKey(w.deps, w.made.key)).toEqual({ userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', keyId: w.made.id, scopes: ['webhooks'] });
    await authenticateApiKey(w.deps, w.made.key);
    w.advance(30_000);
    await authenticateApiKey(w.deps, w.made.key);
    expect(w.touches).toEqual([now.toISOString()]);
    w.advance(31_000);
    await authenticateApiKey(w.deps, w.made.key);
    expect(w.touches).toHaveLength(2);
  });

  it('refuses a wrong secret, an unknown key and an expired key alike with 401, counting none of them', async () => {
    const w = world({ expiresAt: new Date(now.getTime() + 1000).toISOString() });
    expect(await statusOf(authenticateApiKey(w.deps, `${w.made.key.slice(0, -1)}${w.made.key.endsWith('A') ? 'B' : 'A'}`))).toBe('unauthorized');
    expect(await statusOf(authenticateApiKey(w.deps, newApiKey().key))).toBe('unauthorized');
    expect(await statusOf(authenticateApiKey(w.deps, 'pk_live_short'))).toBe('unauthorized');
    expect(await statusOf(authenticateApiKey(w.deps, w.made.key))).toBe('ok');
    w.advance(1000);
    expect(await statusOf(authenticateApiKey(w.deps, w.made.key))).toBe('unauthorized');
    expect([...w.counts.values()]).toEqual([1]);
  });

  it('limits the requests of each key: past its limit, 429', async () => {
    const w = world({}, 3);
    for (let n = 0; n < 3; n++) expect(await statusOf(authenticateApiKey(w.deps, w.made.key))).toBe('ok');
    expect(await statusOf(authenticateApiKey(w.deps, w.made.key))).toBe('rate-limited');
    expect(w.counts.get(w.made.id)).toBe(3);
  });
});
