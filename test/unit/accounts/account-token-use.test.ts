import { describe, expect, it } from 'vitest';
import { hashAccountToken, newAccountToken, type AccountTokenRecord } from '../../../shared/accounts/account-token';
import type { AccountTokenStore } from '../../../shared/accounts/account-token-store';
import { usableToken } from '../../../shared/accounts/use-account-token';
import { AppError } from '../../../shared/errors/app-error';

/** The reasons a link is refused, from the record the store holds and the clock; the store is a map. */
const NOW = new Date('2030-01-01T12:00:00.000Z');
const token = newAccountToken();
const record = (changes: Partial<AccountTokenRecord> = {}): AccountTokenRecord => ({
  purpose: 'password-reset',
  tokenHash: hashAccountToken(token),
  userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P',
  email: 'ada@example.com',
  createdAt: '2030-01-01T11:45:00.000Z',
  expiresAt: Math.floor(NOW.getTime() / 1000) + 60,
  ...changes,
});
const storeHolding = (held?: AccountTokenRecord): AccountTokenStore => ({
  create: async () => undefined,
  find: async (purpose, hash) => (held && held.purpose === purpose && held.tokenHash === hash ? held : undefined),
  usePart: () => ({ label: 'token', write: {} }),
});
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.type).toBe('validation');
  expect(appError.errors?.map((e) => e.field)).toEqual(['body.token']);
  expect(appError.message).not.toContain(token);
  return appError.errors![0]!.message;
};

describe('which links can be used', () => {
  it('answers the stored record of a live, unused token', async () => {
    await expect(usableToken({ accountTokens: storeHolding(record()) }, 'password-reset', token, NOW)).resolves.toMatchObject({ userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P' });
  });

  it('refuses an expired token as expired, even while the table still holds it', async () => {
    const expired = record({ expiresAt: Math.floor(NOW.getTime() / 1000) - 1 });
    expect(await refusal(usableToken({ accountTokens: storeHolding(expired) }, 'password-reset', token, NOW))).toBe('has expired');
  });

  it('refuses a used token as used', async () => {
    expect(await refusal(usableToken({ accountTokens: storeHolding(record({ usedAt: '2030-01-01T11:50:00.000Z' })) }, 'password-reset', token, NOW))).toBe('was used already');
  });

  it('refuses a forged or malformed token, and one of another purpose, without saying which', async () => {
    const held = storeHolding(record());
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const [purpose, presented] of [['password-reset', forged], ['password-reset', 'short'], ['email-verification', token]] as const) {
      expect(await refusal(usableToken({ accountTokens: held }, purpose, presented, NOW))).toMatch(/not a link this platform sent/);
    }
  });
});
