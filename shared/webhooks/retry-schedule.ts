/**
 * When a failed delivery is tried again (DESIGN section 7, Svix's schedule). Entry i is the wait before
 * attempt i + 1: the first attempt is immediate, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each with
 * jitter. The number of entries is the number of attempts, and so the delivery queue's maxReceiveCount
 * (functions/queues.ts reads it from here): after the last one the message goes to the DLQ.
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [0, 5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];

/** Attempts per delivery, the one source of the delivery queue's maxReceiveCount. */
export const DELIVERY_ATTEMPTS = DEFAULT_RETRY_SCHEDULE_SECONDS.length;

/** Each wait is stretched or shrunk by up to this share, so failures of many deliveries do not retry in step. */
export const JITTER_RATIO = 0.1;

/** SQS hides a received message for at most 12 hours: no wait may be longer. */
const MAX_WAIT_SECONDS = 12 * 3600;

/**
 * Reads `WEBHOOK_RETRY_SCHEDULE` ("0,5,300,…", seconds): exactly DELIVERY_ATTEMPTS whole numbers, the first 0
 * (the first attempt is the one the fan-out queues), none over 12 hours. Tests compress it to seconds; its
 * length cannot change, since the queue's maxReceiveCount is made from the default.
 */
export const parseRetrySchedule = (text: string): number[] | string => {
  const parts = text.split(',').map((part) => part.trim());
  const seconds = parts.map(Number);
  if (parts.length !== DELIVERY_ATTEMPTS) return `must list ${DELIVERY_ATTEMPTS} waits in seconds (the delivery queue's maxReceiveCount), not ${parts.length}`;
  if (parts.some((part) => !/^\d+$/.test(part))) return 'must be whole numbers of seconds, comma-separated';
  if (seconds[0] !== 0) return 'must start with 0: the first attempt is immediate';
  if (seconds.some((s) => s > MAX_WAIT_SECONDS)) return `no wait may exceed ${MAX_WAIT_SECONDS} seconds (SQS's longest visibility timeout)`;
  return seconds;
};

/** A wait with jitter: `seconds` times a factor in [1 − JITTER_RATIO, 1 + JITTER_RATIO), whole seconds, never negative. */
export const withJitter = (seconds: number, random: () => number = Math.random): number =>
  Math.max(0, Math.round(seconds * (1 + JITTER_RATIO * (2 * random() - 1))));

/**
 * A receiver's `Retry-After` (delay-seconds or an HTTP date), as seconds from `now`; undefined when absent or
 * unreadable. A date in the past is 0.
 */
export const parseRetryAfter = (value: string | undefined, now: Date): number | undefined => {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // HTTP dates always name the zone (GMT); a bare number with a sign or a fraction is not valid either way.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
};

export interface NextAttempt {
  /** Seconds to wait before the next attempt. */
  delaySeconds: number;
  /** Its number (2 for the first retry). */
  attempt: number;
}

/**
 * After attempt `attempt` (1-based) failed: when the next one is due, or undefined when that was the last. A
 * receiver's Retry-After is honoured as a lower bound, capped at the longest wait of the schedule, so a
 * receiver can slow retries down but never hold a delivery longer than the schedule itself would.
 */
export const nextAttempt = (
  schedule: readonly number[],
  attempt: number,
  options: { retryAfterSeconds?: number; random?: () => number } = {},
): NextAttempt | undefined => {
  if (attempt >= schedule.length) return undefined;
  const scheduled = withJitter(schedule[attempt]!, options.random);
  const cap = Math.max(...schedule);
  const asked = options.retryAfterSeconds === undefined ? 0 : Math.min(options.retryAfterSeconds, cap);
  return { delaySeconds: Math.min(MAX_WAIT_SECONDS, Math.max(scheduled, asked)), attempt: attempt + 1 };
};
