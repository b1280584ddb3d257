/** A counted subject: `login-account` + a hash of the email, or `login-source` + a hash of the address. */
export interface RateSubject {
  scope: string;
  subject: string;
  /** Failures allowed per window before the subject is refused. */
  limit: number;
  /** The window this subject's counter starts when it has none; the limiter's own when omitted. */
  windowSeconds?: number;
}

export interface RateVerdict {
  blocked: boolean;
  /** Seconds until the fullest window ends; for Retry-After. */
  retryAfterSeconds: number;
  /** The scopes that have a live counter, so a success only resets what exists. */
  counted: string[];
}

/** Fixed-window failure counters; the DynamoDB adapter keeps them as items with a TTL. */
export interface RateLimiter {
  check(subjects: RateSubject[]): Promise<RateVerdict>;
  recordFailure(subjects: RateSubject[]): Promise<void>;
  reset(subject: RateSubject): Promise<void>;
}
