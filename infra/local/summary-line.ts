import type { PlatformStats } from '../../shared/admin-stats/platform-stats';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';

/** The summary line's cadence when neither the flag nor the variable says otherwise. */
export const DEFAULT_SUMMARY_EVERY = '5m';
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/**
 * `--summary-every` / `SUMMARY_EVERY`: a number with a unit (`30s`, `5m`, `1h`), or `off` (or `0`) for no
 * line. Milliseconds; 0 means off. Anything else is refused with what is expected, so a typo is not silence.
 */
export const parseSummaryEvery = (text: string): number => {
  const value = text.trim().toLowerCase();
  if (value === 'off' || value === '0') return 0;
  const match = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(value);
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[match[2]!]!) : NaN;
  if (!(ms >= 1000)) throw new Error(`"${text}" is not an interval: give a number and s, m or h (at least 1s, e.g. 30s, 5m, 1h), or off.`);
  return ms;
};

/** Minor units as the currency writes them: EUR 1900 → "EUR 19.00", JPY 500 → "JPY 500". */
export const formatMoney = (minor: number, currency: string): string => {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown code: cents, as most currencies have.
  }
  return `${currency} ${(minor / 10 ** digits).toFixed(digits)}`;
};

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .filter(([key]) => key !== 'total')
    .map(([key, n]) => `${key} ${n}`)
    .join(' ');

/**
 * The figures of GET /v1/admin/stats on one line, for the local runtime's log:
 * `[summary] users 3 · subscriptions 2: ACTIVE 2 … · nodes 1: HEALTHY 1 … · revenue 2026-11 EUR 29.00 (charged EUR 38.00) · webhooks 98% of 120 (24 h)`.
 */
export const formatSummaryLine = (stats: PlatformStats): string => {
  const revenue = stats.revenue.currencies.length
    ? stats.revenue.currencies.map((row) => `${formatMoney(row.net, row.currency)} (charged ${formatMoney(row.charges, row.currency)})`).join(', ')
    : 'none';
  const webhooks = stats.webhooks.successRate === null ? 'no attempts' : `${Math.round(stats.webhooks.successRate * 100)}% of ${stats.webhooks.attempts}`;
  return [
    `[summary] users ${stats.users.total}`,
    `subscriptions ${stats.subscriptions.total}: ${counts(stats.subscriptions)}`,
    `nodes ${stats.nodes.total}: ${counts(stats.nodes)}`,
    `revenue ${stats.revenue.month} ${revenue}`,
    `webhooks ${webhooks} (24 h)`,
  ].join(' · ');
};

/**
 * Prints the summary line every `everyMs` (never two reads at once); a failed read is logged and the next
 * interval tries again. The figures come from `read`: the stats route's own use case.
 */
export const startSummaryLine = (options: { everyMs: number; read: () => Promise<PlatformStats>; print?: (line: string) => void }) => {
  const print = options.print ?? ((line: string) => console.log(line));
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    options
      .read()
      .then((stats) => print(formatSummaryLine(stats)))
      .catch((error: unknown) => logger.warn('the summary line could not be read', errorFields(error)))
      .finally(() => (busy = false));
  }, options.everyMs);
  return { stop: () => clearInterval(timer) };
};
