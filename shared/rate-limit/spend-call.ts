import { AppError } from '../errors/app-error';
import { windowInWords } from './call-limit';
import type { RateLimiter, RateSubject } from './rate-limiter';

/**
 * Counts one call against a per-caller window and refuses past the limit with 429 and Retry-After; the
 * problem's detail names the limit, so a client knows what it ran into. `what` says what is counted and for
 * whom: "registrations from this address".
 */
export const spendCall = async (limiter: Pick<RateLimiter, 'check' | 'recordFailure'>, subject: RateSubject & { windowSeconds: number }, what: string) => {
  const verdict = await limiter.check([subject]);
  if (verdict.blocked) {
    throw new AppError(
      'rate-limited',
      `Too many ${what}: the limit is ${subject.limit} in ${windowInWords(subject.windowSeconds)}. Try again in ${verdict.retryAfterSeconds} s.`,
      { headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
    );
  }
  await limiter.recordFailure([subject]);
};
