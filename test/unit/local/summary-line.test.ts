import { describe, expect, it, vi } from 'vitest';
import type { PlatformStats } from '../../../shared/admin-stats/platform-stats';
import { formatMoney, formatSummaryLine, parseSummaryEvery, startSummaryLine } from '../../../infra/local/summary-line';

const stats: PlatformStats = {
  users: { total: 3, ACTIVE: 3, DISABLED: 0 },
  services: { active: 3 },
  subscriptions: { total: 3, PENDING: 0, PROVISIONING: 0, ACTIVE: 2, SUSPENDED: 0, EXPIRED: 0, CANCELLED: 1, FAILED: 0 },
  nodes: { total: 1, HEALTHY: 1, UNHEALTHY: 0, OFFLINE: 0 },
  revenue: { month: '2026-11', currencies: [{ currency: 'EUR', payments: 3800, refunds: 900, net: 2900, charges: 5700 }] },
  webhooks: { since: '2026-11-25T04:00:00.000Z', attempts: 120, succeeded: 118, failed: 2, successRate: 0.9833 },
};

describe('the local summary line', () => {
  it('puts the figures of /v1/admin/stats on one line, money in major units of its currency', () => {
    expect(formatSummaryLine(stats)).toBe(
      '[summary] users 3 · subscriptions 3: PENDING 0 PROVISIONING 0 ACTIVE 2 SUSPENDED 0 EXPIRED 0 CANCELLED 1 FAILED 0 · nodes 1: HEALTHY 1 UNHEALTHY 0 OFFLINE 0 · revenue 2026-11 EUR 29.00 (charged EUR 57.00) · webhooks 98% of 120 (24 h)',
    );
    const quiet = formatSummaryLine({ ...stats, revenue: { month: '2026-12', currencies: [] }, webhooks: { ...stats.webhooks, attempts: 0, succeeded: 0, failed: 0, successRate: null } });
    expect(quiet).toContain('revenue 2026-12 none');
    expect(quiet).toContain('webhooks no attempts (24 h)');
  });

  it('writes amounts with the digits their currency has', () => {
    expect(formatMoney(1900, 'EUR')).toBe('EUR 19.00');
    expect(formatMoney(-250, 'USD')).toBe('USD -2.50');
    expect(formatMoney(500, 'JPY')).toBe('JPY 500');
    expect(formatMoney(1234, 'KWD')).toBe('KWD 1.234');
  });

  it('takes its cadence as 30s, 5m, 1h or off, and refuses anything else by saying what it wants', () => {
    expect(parseSummaryEvery('5m')).toBe(300_000);
    expect(parseSummaryEvery('30s')).toBe(30_000);
    expect(parseSummaryEvery(' 1H ')).toBe(3_600_000);
    expect(parseSummaryEvery('1.5s')).toBe(1500);
    expect(parseSummaryEvery('off')).toBe(0);
    expect(parseSummaryEvery('0')).toBe(0);
    for (const bad of ['5', '5 minutes', '-1m', '0.5s', 'soon', '']) expect(() => parseSummaryEvery(bad), bad).toThrow(/30s, 5m, 1h/);
  });

  it('prints a line each interval from the given read, never two reads at once, and carries on after a failed read', async () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      let calls = 0;
      let release: (() => void) | undefined;
      const read = vi.fn(async () => {
        calls++;
        if (calls === 1) throw new Error('DynamoDB Local is busy');
        if (calls === 2) await new Promise<void>((resolve) => (release = resolve));
        return stats;
      });
      const summary = startSummaryLine({ everyMs: 1000, read, print: (line) => lines.push(line) });
      await vi.advanceTimersByTimeAsync(1000);
      expect(lines).toEqual([]);
      await vi.advanceTimersByTimeAsync(3000);
      // The second read is still running: the later ticks did not start a third.
      expect(read).toHaveBeenCalledTimes(2);
      release!();
      await vi.advanceTimersByTimeAsync(1000);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^\[summary\] users 3 · /);
      summary.stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(lines).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
