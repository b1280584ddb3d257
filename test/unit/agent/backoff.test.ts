import { describe, expect, it } from 'vitest';
import { backoffDelay, jittered, parseRetryAfter } from '../../../agent/src/backoff';

const options = { baseMs: 1000, capMs: 60_000 };

describe('backoff', () => {
  it('stays between zero and base·2^attempt, and never above the cap', () => {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const ceiling = Math.min(60_000, 1000 * 2 ** attempt);
      expect(backoffDelay(attempt, options, () => 0)).toBe(0);
      expect(backoffDelay(attempt, options, () => 0.999_999)).toBeLessThanOrEqual(ceiling);
      expect(backoffDelay(attempt, options, () => 0.999_999)).toBeGreaterThanOrEqual(ceiling - 1);
    }
    expect(backoffDelay(5000, options, () => 0.5)).toBe(30_000);
  });

  it('is random within the bounds (full jitter)', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, options)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeLessThan(16_000);
  });

  it('spreads the interval by ±10%', () => {
    expect(jittered(10_000, () => 0)).toBe(9000);
    expect(jittered(10_000, () => 0.5)).toBe(10_000);
    expect(jittered(10_000, () => 1)).toBe(11_000);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-11-26T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 26 Nov 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 25 Nov 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
