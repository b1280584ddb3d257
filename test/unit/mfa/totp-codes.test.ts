import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, otpauthUri } from '../../../shared/mfa/totp';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '../../../shared/mfa/recovery-codes';
import { newMfaChallenge, parseMfaChallenge } from '../../../shared/mfa/mfa-challenge';

const codeAt = (secret: string, ms: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });
const at = new Date('2026-01-01T00:00:15.000Z');
const stepOf = (date: Date) => Math.floor(date.getTime() / 30_000);

describe('TOTP codes (RFC 6238 through otpauth)', () => {
  it('accepts the current code and one step either side, naming its step', async () => {
    const secret = await newTotpSecret();
    expect(await matchTotp(secret, codeAt(secret, at.getTime()), at)).toBe(stepOf(at));
    expect(await matchTotp(secret, codeAt(secret, at.getTime() - 30_000), at)).toBe(stepOf(at) - 1);
    expect(await matchTotp(secret, codeAt(secret, at.getTime() + 30_000), at)).toBe(stepOf(at) + 1);
    expect(await matchTotp(secret, codeAt(secret, at.getTime() + 90_000), at)).toBeUndefined();
  });

  it('refuses a code of a step already used (a replay) and anything not six digits', async () => {
    const secret = await newTotpSecret();
    const code = codeAt(secret, at.getTime());
    expect(await matchTotp(secret, code, at, stepOf(at))).toBeUndefined();
    expect(await matchTotp(secret, code, at, stepOf(at) - 1)).toBe(stepOf(at));
    expect(await matchTotp(secret, `${code}0`, at)).toBeUndefined();
    expect(await matchTotp(secret, 'abcdef', at)).toBeUndefined();
  });

  it('makes an otpauth URI an authenticator app reads back to the same secret', async () => {
    const secret = await newTotpSecret();
    const uri = await otpauthUri(secret, 'ada@example.com');
    expect(uri).toMatch(/^otpauth:\/\/totp\/PaaS%20Platform:ada%40example\.com\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
  });
});

describe('recovery codes and sign-in challenges', () => {
  it('makes ten distinct recovery codes whose hash ignores dashes and case', async () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
      expect(hashRecoveryCode(code.toLowerCase().replaceAll('-', ''))).toBe(hashRecoveryCode(code));
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });

  it('parses a challenge token back to its account and id; another shape is no challenge', async () => {
    const challenge = newMfaChallenge('01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', at);
    expect(parseMfaChallenge(challenge.token)).toMatchObject({ userId: '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P', id: challenge.id });
    expect(challenge.expiresAt).toBe(Math.floor(at.getTime() / 1000) + 300);
    expect(parseMfaChallenge(challenge.token.replace('mfa_', 'pk_live_'))).toBeUndefined();
  });
});
