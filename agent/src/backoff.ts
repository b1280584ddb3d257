/**
 * Waits between attempts. Failures back off exponentially with full jitter (a random wait between zero
 * and base·2^attempt, capped), so a fleet of agents that lost the API at the same moment does not come
 * back in lockstep. A steady heartbeat is spread by ±10% for the same reason.
 */

export interface BackoffOptions {
  /** The ceiling of the first retry's wait. */
  baseMs: number;
  /** No wait is ever longer; a rejected token (401) waits exactly this long. */
  capMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1_000, capMs: 60_000 };

export type Random = () => number;

/** The wait before retry number `attempt` (0 for the first retry after a failure). */
export const backoffDelay = (attempt: number, { baseMs, capMs }: BackoffOptions, random: Random = Math.random): number => {
  // 2^attempt overflows to Infinity past ~1023 attempts; the cap holds either way.
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
};

/** An interval spread uniformly by ±fraction (10% by default). */
export const jittered = (intervalMs: number, random: Random = Math.random, fraction = 0.1): number =>
  Math.max(0, Math.round(intervalMs * (1 + fraction * (2 * random() - 1))));

/**
 * Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3). Returns milliseconds from now, or
 * undefined when absent or unreadable.
 */
export const parseRetryAfter = (value: string | null | undefined, now: number = Date.now()): number | undefined => {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};
