import { validationError } from '../errors/app-error';
import { HOUR_MS } from './usage-hour';

/** The longest range one request may ask for: a month of hourly samples, one Query, one page. */
export const MAX_RANGE_DAYS = 31;
/** Without `from`, the range is this long. */
export const DEFAULT_RANGE_HOURS = 24;

const DAY_MS = 24 * HOUR_MS;

/**
 * The range of `GET …/usage?from=&to=` (both already checked to be ISO 8601 date-times): `to` defaults to
 * now and `from` to 24 hours before `to`. A reversed or too long range is a 400 naming the parameter the
 * caller gave (`to` when both were).
 */
export const usageRange = (query: { from?: string; to?: string }, now: Date): { from: Date; to: Date } => {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_RANGE_HOURS * HOUR_MS);
  const blamed = query.to ? 'query.to' : 'query.from';
  if (from.getTime() >= to.getTime()) {
    throw validationError(
      [{ field: blamed, message: query.to ? 'must be later than from' : 'must be earlier than now (to defaults to now)' }],
      'The range is reversed: from must be earlier than to.',
    );
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw validationError(
      [{ field: blamed, message: `must be at most ${MAX_RANGE_DAYS} days ${query.to ? 'after from' : 'before now (to defaults to now)'}` }],
      `The range is longer than ${MAX_RANGE_DAYS} days; ask for it in parts.`,
    );
  }
  return { from, to };
};
