import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors/app-error';
import { requireSecondFactor } from '../../../shared/mfa/manage-totp';
import { newTotpSecret } from '../../../shared/mfa/totp';
import type { TotpEnrolment, TotpStore } from '../../../shared/mfa/totp-store';

const userId = '01JD7Y7Q3M8Z6W5V4T3S2R1Q0P';
const now = new Date('2026-06-01T12:00:10.000Z');

/** An enrolment in memory whose `useStep` is conditional like the DynamoDB one, and a limiter that never blocks. */
const depsWith = (enrolment: TotpEnrolment | undefined) => {
  let stored = enrolment;
  const totp = {
    get: async () => stored,
    useStep: async (_user: string, step: number) => {
      if (!stored || (stored.lastStep !== undefined && stored.lastStep >= step)) return false;
      stored = { ...stored, lastStep: step };
      return true;
    },
    useRecoveryCode: async () => false,
  } as unknown as TotpStore;
  const failures: string[] = [];
  const limiter = {
    check: async () => ({ blocked: false, retryAfterSeconds: 0, counted: [] }),
    recordFailure: async () => void failures.push('wrong'),
    reset: async () => {},
  };
  return { deps: { totp, limiter, now: () => now }, failures };
};

const fieldOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'passed';
  } catch (error) {
    return isAppError(error) ? `${error.type} ${error.errors?.[0]?.field}` : 'thrown';
  }
};

describe('a second factor for a sensitive change', () => {
  it('asks nothing of an account without two-factor sign-in on', async () => {
    expect(await fieldOf(requireSecondFactor(depsWith(undefined).deps, userId, undefined))).toBe('passed');
    const secret = await newTotpSecret();
    expect(await fieldOf(requireSecondFactor(depsWith({ userId, status: 'PENDING', secret, recoveryCodeHashes: [] }).deps, userId, undefined))).toBe('passed');
  });

  it('requires a code when it is on, spends a right one once and counts a wrong one', async () => {
    const secret = await newTotpSecret();
    const { deps, failures } = depsWith({ userId, status: 'ENABLED', secret, recoveryCodeHashes: [] });
    const code = TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now.getTime() });
    expect(await fieldOf(requireSecondFactor(deps, userId, undefined))).toBe('validation body.code');
    expect(await fieldOf(requireSecondFactor(deps, userId, code))).toBe('passed');
    expect(await fieldOf(requireSecondFactor(deps, userId, code))).toBe('validation body.code');
    expect(failures).toHaveLength(1);
  });
});
