import { describe, expect, it } from 'vitest';
import { normalizeEmail, emailSchema } from '../../../shared/accounts/email';
import { ARGON2_PARAMETERS, hashPassword, verifyAgainstNothing, verifyPassword } from '../../../shared/accounts/password-hasher';
import { assertUncommonPassword } from '../../../shared/accounts/common-passwords';
import { newPasswordSchema } from '../../../shared/accounts/password-policy';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret, parseRefreshToken } from '../../../shared/accounts/refresh-token';

describe('password hashing', () => {
  it('stores argon2id at OWASP parameters in PHC form, salted, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${ARGON2_PARAMETERS.memory},t=${ARGON2_PARAMETERS.passes},p=1\\$`));
    expect(ARGON2_PARAMETERS.memory).toBeGreaterThanOrEqual(19_456);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', first)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
    expect(await verifyAgainstNothing('anything')).toBe(false);
  });
});

describe('password policy', () => {
  it.each([
    ['too short', 'short pass', false],
    ['common, long enough', 'password1234', false],
    ['common in another case', 'PASSWORD1234', false],
    ['too long', 'x'.repeat(129), false],
    ['a passphrase', 'correct horse battery staple', true],
  ])('%s', async (_name, password, ok) => {
    const accepted =
      newPasswordSchema.safeParse(password).success &&
      (await assertUncommonPassword(password).then(
        () => true,
        () => false,
      ));
    expect(accepted).toBe(ok);
  });
});

describe('emails', () => {
  it('are one address whatever the case, spacing or Unicode form', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(normalizeEmail('ａｄａ@example.com')).toBe('ada@example.com');
    expect(emailSchema.safeParse('not an email').success).toBe(false);
    expect(emailSchema.parse(' Bob@Example.org')).toBe('bob@example.org');
  });
});

describe('refresh tokens', () => {
  it('round-trip their parts, store only a hash, and refuse anything else', () => {
    const secret = newRefreshSecret();
    const token = formatRefreshToken({ userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', sessionId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0Q', secret });
    expect(parseRefreshToken(token)).toEqual({ userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', sessionId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0Q', secret });
    expect(hashRefreshSecret(secret)).not.toContain(secret);
    expect(parseRefreshToken(`${token}x`)).toBeUndefined();
    expect(parseRefreshToken('a.b.c')).toBeUndefined();
  });
});
